import { EventEmitter } from 'node:events';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleBook } from './rules';

/** What one launch of the stand-in app is told about its surroundings. */
export interface AppOptions {
  name: string;
  version: string;
  isPackaged: boolean;
  /** `app.getPath('appData')` (the default userData is `<appData>/<name>`). */
  appData: string;
  home: string;
  wasOpenedAtLogin: boolean;
}

/** An Electron-style event: `preventDefault()` and `defaultPrevented`. */
export function preventableEvent(): { preventDefault(): void; readonly defaultPrevented: boolean } {
  let prevented = false;
  return {
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

/** The windows the app module closes when quitting (see standin-windows.ts). */
export interface WindowRegistry {
  open(): Array<{ closeForQuit(): boolean }>;
}

const LOCK_FILE = 'SingletonLock';
const MAILBOX = 'SingletonMailbox';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The `app` module: lifecycle events in Electron's documented order (will-finish-launching →
 * ready; quit: before-quit → windows close → will-quit → quit → the process exits), the
 * single-instance lock across processes (a lock file and a mailbox in userData, like Electron's
 * SingletonLock), paths, login items, badge count.
 */
export class StandinApp extends EventEmitter {
  /** Every lifecycle event emitted, in order (for the test). */
  readonly lifecycle: string[] = [];
  readonly badgeCounts: number[] = [];
  readonly loginItemSettings: unknown[] = [];
  /** The argv each 'second-instance' carried. */
  readonly secondInstances: string[][] = [];
  appUserModelId: string | null = null;
  sandboxEnabled = false;
  exitCode: number | null = null;
  private ready = false;
  private quitting = false;
  private readonly paths = new Map<string, string>();
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private lockHeld = false;
  private secondInstancesBeforeReady: unknown[][] = [];
  private windows: WindowRegistry = { open: () => [] };

  constructor(
    private readonly options: AppOptions,
    private readonly rules: RuleBook,
  ) {
    super();
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    this.paths.set('appData', options.appData);
    this.paths.set('home', options.home);
    this.paths.set('documents', join(options.home, 'Documents'));
    this.paths.set('temp', join(options.home, 'tmp'));
  }

  get name(): string {
    return this.options.name;
  }
  get isPackaged(): boolean {
    return this.options.isPackaged;
  }

  attachWindows(windows: WindowRegistry): void {
    this.windows = windows;
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (typeof event === 'string') this.lifecycle.push(event);
    return super.emit(event, ...args);
  }

  // ---- launch -----------------------------------------------------------------------------

  /** Called by the host once the main script has run: Electron finishes launching, then is ready. */
  launch(): void {
    setImmediate(() => {
      if (this.quitting) return;
      this.emit('will-finish-launching');
      setImmediate(() => {
        if (this.quitting) return;
        this.ready = true;
        this.emit('ready', preventableEvent(), {});
        this.resolveReady();
        for (const args of this.secondInstancesBeforeReady.splice(0)) this.emit('second-instance', preventableEvent(), ...args);
      });
    });
  }

  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  // ---- identity and paths -------------------------------------------------------------------

  getName(): string {
    return this.options.name;
  }
  getVersion(): string {
    return this.options.version;
  }
  getLocale(): string {
    return 'en-US';
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  getPath(name: string): string {
    if (name === 'userData') return this.paths.get('userData') ?? join(this.options.appData, this.options.name);
    if (name === 'sessionData') return this.paths.get('sessionData') ?? this.getPath('userData');
    if (name === 'logs') return this.paths.get('logs') ?? join(this.getPath('userData'), 'logs');
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getAppPath(): string {
    return process.cwd();
  }

  enableSandbox(): void {
    this.rules.require(!this.ready, 'sandbox-before-ready', 'app.enableSandbox() was called after ready');
    this.sandboxEnabled = true;
  }

  setBadgeCount(count?: number): boolean {
    this.badgeCounts.push(count ?? 0);
    return process.platform === 'darwin' || process.platform === 'linux';
  }
  getBadgeCount(): number {
    return this.badgeCounts.at(-1) ?? 0;
  }
  setLoginItemSettings(settings: unknown): void {
    this.loginItemSettings.push(settings);
  }
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean; openAsHidden: boolean } {
    return { openAtLogin: false, wasOpenedAtLogin: this.options.wasOpenedAtLogin, openAsHidden: false };
  }
  focus(): void {}
  readonly commandLine = { appendSwitch: () => undefined, hasSwitch: () => false, getSwitchValue: () => '' };

  // ---- single instance ----------------------------------------------------------------------

  /**
   * "This method returns true if your process is the primary instance of your application and
   * your app should continue loading. It returns false if your process should immediately quit as
   * it has sent its parameters to another instance that has already acquired the lock."
   */
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    const dir = this.getPath('userData');
    mkdirSync(dir, { recursive: true });
    const lock = join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const fd = openSync(lock, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.lockHeld = true;
        process.on('exit', () => rmSync(lock, { force: true }));
        this.watchMailbox(join(dir, MAILBOX));
        return true;
      } catch {
        const holder = Number(readFileSync(lock, 'utf8'));
        if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) break;
        rmSync(lock, { force: true }); // left by a crashed instance
      }
    }
    const mailbox = join(dir, MAILBOX);
    mkdirSync(mailbox, { recursive: true });
    const message = JSON.stringify({ argv: process.argv, workingDirectory: process.cwd(), additionalData: additionalData ?? null });
    const draft = join(mailbox, `${process.pid}.tmp`);
    writeFileSync(draft, message);
    // Renamed into place so the primary never reads half a message.
    renameSync(draft, join(mailbox, `${process.pid}-${Date.now()}.json`));
    return false;
  }

  hasSingleInstanceLock(): boolean {
    return this.lockHeld;
  }

  // ---- protocol client ----------------------------------------------------------------------

  /** The schemes this app registered as their default handler (the OS side is not simulated). */
  readonly protocolClients: string[] = [];

  /**
   * "Sets the current executable as the default handler for a protocol (aka URI scheme)."
   * "The protocol to register must not include the :// part" — refused here when it does.
   */
  setAsDefaultProtocolClient(scheme: string, _path?: string, _args?: string[]): boolean {
    if (scheme.includes(':') || scheme.includes('/')) throw new Error(`setAsDefaultProtocolClient: give the scheme without "://" (got ${scheme})`);
    if (!this.protocolClients.includes(scheme)) this.protocolClients.push(scheme);
    return true;
  }

  isDefaultProtocolClient(scheme: string): boolean {
    return this.protocolClients.includes(scheme);
  }

  private watchMailbox(mailbox: string): void {
    mkdirSync(mailbox, { recursive: true });
    const deliver = (): void => {
      for (const file of readdirSync(mailbox).filter((f) => f.endsWith('.json'))) {
        const path = join(mailbox, file);
        if (!existsSync(path)) continue;
        const { argv, workingDirectory, additionalData } = JSON.parse(readFileSync(path, 'utf8')) as { argv: string[]; workingDirectory: string; additionalData: unknown };
        rmSync(path, { force: true });
        this.secondInstances.push(argv);
        const args = [argv, workingDirectory, additionalData];
        if (this.ready) this.emit('second-instance', preventableEvent(), ...args);
        else this.secondInstancesBeforeReady.push(args);
      }
    };
    const watcher = watch(mailbox, () => deliver());
    watcher.unref();
    deliver();
  }

  // ---- quitting -----------------------------------------------------------------------------

  /**
   * "Emitted before the application starts closing its windows. Calling event.preventDefault()
   * will prevent the default behavior, which is terminating the application." Then the windows
   * close, then will-quit, then quit, and the process ends: work the app did not wait for in a
   * `before-quit`/`will-quit` handler is lost, as on a real machine.
   */
  quit(): void {
    setImmediate(() => this.runQuit());
  }

  private runQuit(): void {
    if (this.quitting) return;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of this.windows.open()) {
      // A window whose 'close' is prevented cancels the quit.
      if (!window.closeForQuit()) return;
    }
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitting = true;
    this.emit('quit', preventableEvent(), 0);
    this.terminate(0);
  }

  /** "All windows will be closed immediately without asking the user, and the before-quit and will-quit events will not be emitted." */
  exit(code = 0): void {
    this.quitting = true;
    this.terminate(code);
  }

  /** Called when the last window closed by itself (not while quitting). */
  lastWindowClosed(): void {
    if (this.quitting) return;
    // "If you do not subscribe to this event and all windows are closed, the default behavior is
    // to quit the app; however, if you subscribe, you control whether the app quits or not."
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }

  private terminate(code: number): void {
    this.exitCode = code;
    this.lifecycle.push(`exit:${code}`);
    setImmediate(() => process.exit(code));
  }

  isQuitting(): boolean {
    return this.quitting;
  }
}
