import { join } from 'node:path';
import { acquireDataFolderLock, DataFolderInUseError } from '../../../electron/core/store/data-folder-lock';

/**
 * One of two processes racing for the same data-folder locks: round i starts at `start + i·period`
 * (both children wait for the same instant), tries `<base>/<i>` and keeps what it got. Prints
 * `won i` or `lost i <why>`, then `done`, and exits when its stdin closes; any other outcome is a
 * failure.
 */
const [base, roundsText, startText, periodText] = process.argv.slice(2);
const rounds = Number(roundsText);
const start = Number(startText);
const period = Number(periodText);
const out: string[] = [];
for (let i = 0; i < rounds; i++) {
  while (Date.now() < start + i * period) {
    // Busy-wait: a timer would add milliseconds of jitter and spoil the race.
  }
  try {
    acquireDataFolderLock(join(base!, String(i)));
    out.push(`won ${i}`);
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    out.push(`lost ${i} ${error.message}`);
  }
}
process.stdout.write(`${out.join('\n')}\ndone\n`);
// Stay alive, holding what we won, until the parent has both results: a racer that exited would
// leave stale locks the other may rightly take over.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
