import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HearbackError } from '../../shared/contract';
import { openCore, systemClock, type Logger } from '../core';
import { defaultDataDir } from './default-data-dir';
import { DownloadRegistry } from './downloads';
import { startBrowserModeServer } from './server';

/**
 * `npm run web -- [--data-dir DIR] [--port N]`: the real main-process core under plain Node,
 * serving the built renderer on 127.0.0.1. Notifications become browser notifications and
 * in-app toasts (the renderer shows `reminders.due` events).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function parseArgs(argv: readonly string[]): { dataDir: string; port: number | undefined } {
  let dataDir = defaultDataDir();
  let port: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--data-dir' && value) {
      dataDir = resolve(value);
      i++;
    } else if (arg === '--port' && value) {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got ${value}`);
      i++;
    } else {
      throw new Error(`Unknown argument ${arg}. Usage: npm run web -- [--data-dir DIR] [--port N]`);
    }
  }
  return { dataDir, port };
}

const log: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

async function main(): Promise<void> {
  const { dataDir, port } = parseArgs(process.argv.slice(2));
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('The renderer is not built yet: run `npm run build` first (npm run web does this for you).');
    process.exit(1);
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  let server: Awaited<ReturnType<typeof startBrowserModeServer>> | null = null;
  const downloads = new DownloadRegistry();
  const core = await openCore({
    exportTarget: downloads.target,
    dataDir,
    mode: 'browser',
    version,
    clock: systemClock,
    log,
    // The core also emits `reminders.due`, which the page shows as a toast and a Web Notification.
    notifier: { show: () => {} },
  });
  server = await startBrowserModeServer({ core, rendererDir, port, downloads });
  console.log(`Hearback (browser mode) is running.\n  Data folder: ${dataDir}\n  Open: ${server.url}`);
  const stop = async () => {
    await server?.close();
    await core.close();
    downloads.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof HearbackError) console.error(error.message);
  // A file-system error is told as its message (it names the file), not as a stack trace.
  else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') console.error(`Hearback could not open its data folder: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
