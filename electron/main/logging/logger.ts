import { join } from 'node:path';
import log from 'electron-log/main';
import type { Logger as CoreLog } from '../../core';
import { sanitizeLogMeta } from './log-meta';

/** electron-log renames a full file to `main.old.log` and starts over: at most ~2 MB on disk. */
export const LOG_MAX_BYTES = 1024 * 1024;

/** Where the log files live (`<userData>/logs`), for Help → Open logs. */
export function logsDir(userDataDir: string): string {
  return join(userDataDir, 'logs');
}

/**
 * Configures electron-log for the main process: a rotating file in `<userData>/logs/main.log`,
 * console output in development only, uncaught errors caught and logged.
 * @returns the logger the core and adapters use; it keeps ids and codes, redacts other strings.
 */
export function configureLogging(userDataDir: string, isDev: boolean): CoreLog & { file: string } {
  const file = join(logsDir(userDataDir), 'main.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = isDev ? 'debug' : false;
  log.errorHandler.startCatching({ showDialog: false });
  const write = (level: 'info' | 'warn' | 'error') => (msg: string, meta?: Record<string, unknown>) => {
    const safe = sanitizeLogMeta(meta);
    if (safe === undefined) log[level](msg);
    else log[level](msg, safe);
  };
  return { info: write('info'), warn: write('warn'), error: write('error'), file };
}
