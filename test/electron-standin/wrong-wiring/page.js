// The fixture page's script (never run: the stand-in has no DOM).
