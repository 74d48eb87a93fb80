import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HearbackError } from '../../shared/contract';
import { openCore, systemClock, type Logger } from '../core';
import { dataDirOf, findLegacyData, legacyDataMessage, moveLegacyData, userDataDir } from '../core/data-folder/location';
import { DownloadRegistry } from './downloads';
import { parseArgs } from './args';
import { createSleepClock, SIMULATED_SLEEP_MS } from './sleep-clock';
import { readSyncFile } from './sync-file';
import { startBrowserModeServer } from './server';

/**
 * `npm run web -- [--data-dir DIR] [--port N] [--move-old-data] [--take-over-lock]`: the real main-process core under plain Node,
 * serving the built renderer on 127.0.0.1. Notifications become browser notifications and
 * in-app toasts (the renderer shows `reminders.due` events).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const log: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { port, takeOverLock } = args;
  const userData = userDataDir();
  const dataDir = args.dataDir ?? dataDirOf(userData);
  const hostNotices: { level: 'info' | 'warning'; code: string; message: string }[] = [];
  if (args.dataDir === null) {
    // Earlier browser mode opened userData itself; its data is found and offered, never orphaned.
    if (args.moveOldData) {
      const { moved, to } = moveLegacyData(userData);
      console.log(moved.length > 0 ? `Moved ${moved.join(', ')} into ${to}.` : 'There was no data from an earlier browser mode to move.');
    }
    const message = legacyDataMessage(findLegacyData(userData), 'browser');
    if (message !== null) {
      console.warn(message);
      hostNotices.push({ level: 'warning', code: 'legacy-data-folder', message });
    }
  }
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('The renderer is not built yet: run `npm run build` first (npm run web does this for you).');
    process.exit(1);
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  let server: Awaited<ReturnType<typeof startBrowserModeServer>> | null = null;
  const downloads = new DownloadRegistry(dataDir);
  const clock = process.env.HEARBACK_SIMULATE_SLEEP === '1' ? sleepOnSignal() : systemClock;
  const core = await openCore({
    exportTarget: downloads.target,
    dataDir,
    takeOverLock,
    mode: 'browser',
    version,
    clock,
    log,
    // The core also emits `reminders.due` (and the weekly `worklog.reminder`), which the page shows
    // as a toast and a Web Notification: no host notifier here.
    notifier: { show: () => {} },
    hostNotices,
    ...(args.captureLocalPages ? { capture: { reach: 'own-network' as const } } : {}),
    ...(args.syncFile ? { sync: readSyncFile(args.syncFile) } : {}),
  });
  downloads.removeLeftovers();
  server = await startBrowserModeServer({ core, rendererDir, port, downloads });
  console.log(`Hearback (browser mode) is running.\n  Data folder: ${dataDir}\n  Open: ${server.url}`);
  const stop = async () => {
    await server?.close();
    // Before the lock is released: afterwards the folder may already be another instance's.
    downloads.dispose();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** The sleep clock (sleep-clock.ts), put to sleep by SIGUSR2: for end-to-end tests of waking up. */
function sleepOnSignal() {
  const clock = createSleepClock();
  process.on('SIGUSR2', () => {
    console.log('Simulated sleep: the clock moves on and waiting timers fire late.');
    clock.sleep(SIMULATED_SLEEP_MS);
  });
  return clock;
}

main().catch((error: unknown) => {
  if (error instanceof HearbackError) console.error(error.message);
  // A file-system error is told as its message (it names the file), not as a stack trace.
  else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') console.error(`Hearback could not open its data folder: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
