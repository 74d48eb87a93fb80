/**
 * The stand-in process: installs the stand-in as the `electron` module — for this process only,
 * by module resolution (an ESM resolve hook and CommonJS `_resolveFilename`) — then loads the
 * BUILT main bundle as Electron would and answers the test's commands over the IPC channel.
 * Started by `launch.ts` with `--import tsx --expose-gc`.
 */
import { writeFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCommand, snapshot } from './control';
import { createElectronStandin, ELECTRON_EXPORTS } from './electron-standin';
import type { Command, LaunchConfig, Reply } from './harness-messages';

const STANDIN_KEY = Symbol.for('hearback.electron-standin');
const config = JSON.parse(process.env.HEARBACK_STANDIN_CONFIG ?? 'null') as LaunchConfig | null;
if (config === null) throw new Error('HEARBACK_STANDIN_CONFIG is missing');

// The platform the app is told it runs on (macOS and Windows show notification buttons).
if (config.platform !== process.platform) Object.defineProperty(process, 'platform', { value: config.platform });
// What Electron's main process looks like to libraries that check.
Object.defineProperty(process, 'type', { value: 'browser', configurable: true });
(process.versions as Record<string, string>).electron = '45.3.4';

const standin = createElectronStandin({
  name: 'Hearback',
  version: config.version,
  isPackaged: config.isPackaged,
  appData: config.appData,
  home: config.home,
  wasOpenedAtLogin: config.wasOpenedAtLogin,
  notificationsSupported: config.notificationsSupported,
  savePath: config.savePath,
  pageStartup: config.pageStartup,
});
(globalThis as Record<symbol, unknown>)[STANDIN_KEY] = standin.electron;

// ES modules (the bundle): `electron` resolves to a module re-exporting the stand-in.
const esmShim = [`const e = globalThis[Symbol.for('hearback.electron-standin')];`, `export default e;`, ...ELECTRON_EXPORTS.map((name) => `export const ${name} = e.${name};`)].join('\n');
const shimUrl = `data:text/javascript,${encodeURIComponent(esmShim)}`;
const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: ${JSON.stringify(shimUrl)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

// CommonJS (electron-log): `require('electron')` finds the same object.
const cjsShim = join(dirname(fileURLToPath(import.meta.url)), 'electron-cjs-shim.cjs');
const moduleInternals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]): string {
  if (request === 'electron') return cjsShim;
  return resolveFilename.call(this, request, ...rest);
};

// Electron shows main-process errors in a dialog and keeps running; the test reads them.
const mainProcessErrors: string[] = [];
process.on('uncaughtException', (error) => mainProcessErrors.push(`uncaught: ${String(error)}`));
process.on('unhandledRejection', (reason) => mainProcessErrors.push(`unhandled rejection: ${String(reason)}`));

// The last state, for tests that look after the process has quit.
process.on('exit', () => writeFileSync(config.exitReport, JSON.stringify(snapshot(standin, mainProcessErrors))));

process.on('message', (raw) => {
  const { id, command } = raw as { id: number; command: Command };
  runCommand(standin, command, mainProcessErrors).then(
    (value) => process.send?.({ id, ok: true, value } satisfies Reply),
    (error: unknown) => process.send?.({ id, ok: false, error: String(error) } satisfies Reply),
  );
});

// Electron's argv: the executable, the app, then the user's arguments.
process.argv = [process.execPath, config.main, ...config.args];
try {
  await import(pathToFileURL(config.main).href);
} catch (error) {
  mainProcessErrors.push(`main script threw: ${String(error)}`);
}
standin.app.launch();
