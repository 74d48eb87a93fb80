// Wrong: reads the displays while the main script runs, to size the window before `ready`.
import { screen } from 'electron';

globalThis.displays = screen.getAllDisplays();
