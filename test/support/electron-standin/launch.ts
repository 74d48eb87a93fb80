/**
 * The test side: builds the bundle when out/ is missing or older than the sources, starts the
 * built main process under the stand-in in a child process, and talks to it.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command, LaunchConfig, Reply, Snapshot } from './harness-messages';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..', '..');
export const BUNDLE = {
  main: join(ROOT, 'out', 'main', 'index.js'),
  preload: join(ROOT, 'out', 'preload', 'index.cjs'),
  rendererIndex: join(ROOT, 'out', 'renderer', 'index.html'),
};
const SOURCES = ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Makes sure out/ holds a build of the current sources: `npm test` builds in its static phase,
 * so this normally finds it fresh; run alone, it builds (about a second or two).
 */
export function ensureBuilt(): void {
  const outputs = Object.values(BUNDLE);
  const built = outputs.every((f) => existsSync(f)) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  const sources = Math.max(
    ...SOURCES.map((s) => join(ROOT, s))
      .filter((p) => existsSync(p))
      .map(newestMtime),
  );
  if (built >= sources) return;
  const result = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface RunningApp {
  readonly child: ChildProcess;
  /** Everything the process wrote (for failure messages). */
  output(): string;
  send<T = unknown>(command: Command): Promise<T>;
  snapshot(): Promise<Snapshot>;
  /** Runs code in the page's main world (as the renderer would) and returns its value. */
  evaluate<T = unknown>(code: string): Promise<T>;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** The snapshot the process wrote as it exited (after `exited`). */
  exitReport(): Snapshot;
  kill(): void;
}

export type LaunchOptions = Partial<Omit<LaunchConfig, 'appData' | 'home' | 'version' | 'exitReport'>> & {
  /** The user-data folder (HEARBACK_USER_DATA_DIR). */
  userData: string;
  /** A scratch folder for the fake home and app-data folders. */
  scratch: string;
  env?: Record<string, string>;
};

/** Starts the built app under the stand-in. */
export function launchStandin(options: LaunchOptions): RunningApp {
  const home = join(options.scratch, 'home');
  mkdirSync(home, { recursive: true });
  const config: LaunchConfig = {
    main: options.main ?? BUNDLE.main,
    args: options.args ?? [],
    platform: options.platform ?? 'linux',
    isPackaged: options.isPackaged ?? true,
    notificationsSupported: options.notificationsSupported ?? true,
    wasOpenedAtLogin: options.wasOpenedAtLogin ?? false,
    savePath: options.savePath ?? null,
    pageStartup: options.pageStartup ?? null,
    exitReport: join(options.scratch, `exit-report-${Date.now()}-${Math.random().toString(36).slice(2)}.json`),
    appData: join(home, '.config'),
    home,
    version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  };
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // No session bus: the Linux notification probe answers "no daemon" at once.
    if (value !== undefined && key !== 'DBUS_SESSION_BUS_ADDRESS' && key !== 'ELECTRON_RENDERER_URL' && !key.startsWith('VITEST')) env[key] = value;
  }
  Object.assign(env, { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), HEARBACK_USER_DATA_DIR: options.userData, HEARBACK_STANDIN_CONFIG: JSON.stringify(config) }, options.env);
  const child = fork(join(HERE, 'child-entry.ts'), [], {
    cwd: ROOT,
    env,
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (raw) => {
    const reply = raw as Reply;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.value);
    else waiter?.reject(new Error(reply.error));
  });
  void exited.then((code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`The stand-in process exited (${code}) before answering.\n${output}`));
    pending.clear();
  });
  const send = <T>(command: Command): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (child.exitCode !== null || !child.connected) {
        reject(new Error(`The stand-in process is not running.\n${output}`));
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, command });
    });
  return {
    child,
    output: () => output,
    send,
    snapshot: () => send<Snapshot>({ cmd: 'snapshot' }),
    evaluate: <T>(code: string) => send<T>({ cmd: 'evaluate', code }),
    exited,
    exitReport: () => JSON.parse(readFileSync(config.exitReport, 'utf8')) as Snapshot,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * Polls `probe` until it returns a value (not `undefined`). The bound is generous — the machines
 * running this are shared — and only turns a hang into a readable failure; nothing is timed.
 */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, limitMs = 45_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > limitMs) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
