import { readIcs, type IcsOptions, type IcsResult } from '../../../shared/calendar/parse-ics';

/**
 * Parsing that never holds the core for long: the reader runs for at most `sliceMs`, then lets
 * everything else waiting (calls, timers, I/O) run before it goes on. Calls wait at most about one
 * slice, whatever the file holds.
 */
export const PARSE_SLICE_MS = 10;

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function parseIcsInSlices(text: string, options: IcsOptions, sliceMs = PARSE_SLICE_MS): Promise<IcsResult> {
  const reading = readIcs(text, { clock: () => performance.now(), ...options });
  let sliceStart = performance.now();
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await breathe();
      sliceStart = performance.now();
    }
  }
}
