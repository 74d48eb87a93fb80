import { z } from 'zod';

// The CSP forbids eval; without this zod probes `new Function` once and the page logs a violation
// that would hide a real one. Its own module, imported first by main.tsx: imports are evaluated
// in order, so no schema anywhere in the app is used before this runs.
z.config({ jitless: true });
