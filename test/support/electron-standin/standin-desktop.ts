import { EventEmitter } from 'node:events';
import type { RuleBook } from './rules';
import type { StandinApp } from './standin-app';

/** What the test sees of one notification. */
export interface NotificationRecord {
  id: number;
  title: string;
  body: string;
  /** Button labels as the OS shows them: none on Linux ("button: macOS, Windows"). */
  actions: string[];
  closeButtonText: string | null;
  shown: boolean;
  /** The app's object was garbage-collected: its click and action handlers are gone. */
  collected: boolean;
}

interface NotificationOptions {
  title?: string;
  body?: string;
  actions?: Array<{ type: string; text?: string }>;
  closeButtonText?: string;
}

/**
 * `Notification`. The stand-in keeps only a weak reference to each one, as the OS side of a real
 * notification does not keep the JS object alive: an app that drops its reference loses the
 * click and action handlers once the garbage collector runs (electron/electron#12690), which the
 * test provokes with `gc()`.
 */
export function createNotificationClass(options: { supported: () => boolean }) {
  const records: NotificationRecord[] = [];
  const live = new Map<number, WeakRef<StandinNotification>>();
  const finalizer = new FinalizationRegistry<number>((id) => {
    const record = records.find((r) => r.id === id);
    if (record !== undefined) record.collected = true;
  });

  class StandinNotification extends EventEmitter {
    static isSupported(): boolean {
      return options.supported();
    }
    readonly record: NotificationRecord;

    constructor(init: NotificationOptions = {}) {
      super();
      const buttons = (init.actions ?? []).filter((a) => a.type === 'button').map((a) => a.text ?? '');
      // NotificationAction: "button — macOS, Windows"; Linux shows none.
      const shownButtons = process.platform === 'darwin' || process.platform === 'win32' ? buttons : [];
      this.record = { id: records.length + 1, title: init.title ?? '', body: init.body ?? '', actions: shownButtons, closeButtonText: init.closeButtonText ?? null, shown: false, collected: false };
      records.push(this.record);
      live.set(this.record.id, new WeakRef(this));
      finalizer.register(this, this.record.id);
    }

    show(): void {
      this.record.shown = true;
      this.emit('show', { preventDefault() {} });
    }
    close(): void {
      this.emit('close', { preventDefault() {} });
    }
  }

  /** The user acts on a shown notification; `false` when the app's object is gone. */
  function userAction(id: number, what: { kind: 'click' } | { kind: 'close' } | { kind: 'action'; index: number }): boolean {
    const notification = live.get(id)?.deref();
    if (notification === undefined) return false;
    const event = { preventDefault() {} };
    if (what.kind === 'click') notification.emit('click', event);
    else if (what.kind === 'close') notification.emit('close', event);
    else notification.emit('action', { ...event, actionIndex: what.index, selectionIndex: -1 }, what.index);
    return true;
  }

  return { Notification: StandinNotification, records, userAction };
}

interface MenuItemOptions {
  label?: string;
  role?: string;
  type?: string;
  click?: (...args: unknown[]) => void;
  submenu?: MenuItemOptions[] | StandinMenu;
}

/** `Menu` built from a template; items keep their click handlers so the test can press them. */
export class StandinMenu {
  static applicationMenu: StandinMenu | null = null;
  readonly items: MenuItemOptions[];

  constructor(items: MenuItemOptions[] = []) {
    this.items = items;
  }

  static buildFromTemplate(template: MenuItemOptions[]): StandinMenu {
    return new StandinMenu(template.map((item) => ({ ...item, submenu: Array.isArray(item.submenu) ? StandinMenu.buildFromTemplate(item.submenu) : item.submenu })));
  }
  static setApplicationMenu(menu: StandinMenu | null): void {
    StandinMenu.applicationMenu = menu;
  }
  static getApplicationMenu(): StandinMenu | null {
    return StandinMenu.applicationMenu;
  }

  /** Labels (or roles) of the top-level items. */
  labels(): string[] {
    return this.items.map((i) => i.label ?? (i.type === 'separator' ? '—' : `role:${i.role ?? '?'}`));
  }

  /**
   * Presses the item at `path` (labels, or `role:<role>` for items named by their role), as the
   * user would through the submenus; false when there is none.
   */
  pressPath(path: readonly string[], app: StandinApp): boolean {
    const [head, ...rest] = path;
    const item = this.items.find((i) => i.label === head || `role:${i.role ?? ''}` === head);
    if (item === undefined) return false;
    if (rest.length === 0) return this.press(item.label ?? '', app);
    return item.submenu instanceof StandinMenu ? item.submenu.pressPath(rest, app) : false;
  }

  /** Presses the item with this label, as the user would; false when there is none. */
  press(label: string, app: StandinApp): boolean {
    const item = this.items.find((i) => i.label === label);
    if (item === undefined) return false;
    // "When specifying a role on macOS, label and accelerator are the only options that will
    // affect the menu item. All other options will be ignored." — the role acts instead.
    if (item.role === 'quit' && process.platform === 'darwin') app.quit();
    else if (item.click) item.click(item, null, {});
    else if (item.role === 'quit') app.quit();
    return true;
  }
}

/** A `NativeImage` that remembers how it was made. */
export class StandinImage {
  template = false;
  constructor(
    readonly size: { width: number; height: number },
    readonly bytes: number,
  ) {}
  static createFromBitmap(buffer: Uint8Array, options: { width: number; height: number; scaleFactor?: number }): StandinImage {
    if (buffer.length !== options.width * options.height * 4) throw new Error('Bitmap size does not match width × height × 4');
    return new StandinImage({ width: options.width / (options.scaleFactor ?? 1), height: options.height / (options.scaleFactor ?? 1) }, buffer.length);
  }
  static createEmpty(): StandinImage {
    return new StandinImage({ width: 0, height: 0 }, 0);
  }
  static createFromPath(): StandinImage {
    return StandinImage.createEmpty();
  }
  isEmpty(): boolean {
    return this.bytes === 0;
  }
  getSize(): { width: number; height: number } {
    return { ...this.size };
  }
  setTemplateImage(value: boolean): void {
    this.template = value;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

/** `Tray`: what it shows (tooltip, title, image, menu) and its click. */
export function createTrayClass() {
  const trays: StandinTray[] = [];
  class StandinTray extends EventEmitter {
    tooltip = '';
    title = '';
    image: StandinImage;
    menu: StandinMenu | null = null;
    destroyed = false;
    constructor(image: StandinImage) {
      super();
      this.image = image;
      trays.push(this);
    }
    setToolTip(text: string): void {
      this.tooltip = text;
    }
    setTitle(text: string): void {
      this.title = text;
    }
    setImage(image: StandinImage): void {
      this.image = image;
    }
    setContextMenu(menu: StandinMenu | null): void {
      this.menu = menu;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }
  return { Tray: StandinTray, trays };
}

/** `dialog`, `shell`: recorded; the save dialog answers what the test configured. */
export function createDialogAndShell(options: { savePath: string | null }) {
  const calls: Array<{ api: string; args: unknown[] }> = [];
  const dialog = {
    showErrorBox: (title: string, content: string) => calls.push({ api: 'dialog.showErrorBox', args: [title, content] }),
    showSaveDialog: (...args: unknown[]) => {
      calls.push({ api: 'dialog.showSaveDialog', args: args.filter((a) => typeof a === 'object' && a !== null && 'defaultPath' in a) });
      return Promise.resolve(options.savePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: options.savePath });
    },
    showMessageBox: (...args: unknown[]) => {
      calls.push({ api: 'dialog.showMessageBox', args: [] });
      void args;
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
  };
  const shell = {
    openExternal: (url: string) => {
      calls.push({ api: 'shell.openExternal', args: [url] });
      return Promise.resolve();
    },
    openPath: (path: string) => {
      calls.push({ api: 'shell.openPath', args: [path] });
      return Promise.resolve('');
    },
    showItemInFolder: (path: string) => calls.push({ api: 'shell.showItemInFolder', args: [path] }),
  };
  return { dialog, shell, calls };
}

/** `safeStorage`, `powerMonitor`, `nativeTheme`, `screen`: enough to be wired, with their ready rules. */
export function createSystemModules(rules: RuleBook, app: StandinApp) {
  const afterReady = (what: string): void => rules.require(app.isReady(), 'module-after-ready', `${what} was used before ready`);
  const powerEmitter = new EventEmitter();
  const powerMonitor = {
    on(event: string, listener: (...args: unknown[]) => void) {
      afterReady(`powerMonitor.on('${event}')`);
      powerEmitter.on(event, listener);
      return powerMonitor;
    },
    once(event: string, listener: (...args: unknown[]) => void) {
      afterReady(`powerMonitor.once('${event}')`);
      powerEmitter.once(event, listener);
      return powerMonitor;
    },
    removeListener(event: string, listener: (...args: unknown[]) => void) {
      powerEmitter.removeListener(event, listener);
      return powerMonitor;
    },
    getSystemIdleTime: () => 0,
    getSystemIdleState: () => 'active',
    isOnBatteryPower: () => false,
    /** The OS reports a power event (the test drives this). */
    emitFromOs: (event: string) => powerEmitter.emit(event, { preventDefault() {} }),
  };
  const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 25, width: 1920, height: 1055 }, scaleFactor: 1, rotation: 0, internal: true };
  const screen = Object.assign(new EventEmitter(), {
    getAllDisplays: () => {
      afterReady('screen.getAllDisplays()');
      return [structuredClone(display)];
    },
    getPrimaryDisplay: () => {
      afterReady('screen.getPrimaryDisplay()');
      return structuredClone(display);
    },
    getCursorScreenPoint: () => ({ x: 0, y: 0 }),
  });
  const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system', shouldUseHighContrastColors: false });
  const safeStorage = {
    isEncryptionAvailable: () => app.isReady(),
    encryptString: (plain: string) => Buffer.from(`standin:${Buffer.from(plain, 'utf8').toString('base64')}`),
    decryptString: (encrypted: Buffer) => Buffer.from(encrypted.toString().replace(/^standin:/, ''), 'base64').toString('utf8'),
  };
  return { powerMonitor, screen, nativeTheme, safeStorage };
}
