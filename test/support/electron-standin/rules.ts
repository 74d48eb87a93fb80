/**
 * The Electron constraints the stand-in enforces, one per row, each with the sentence of
 * Electron's documentation it comes from. A wiring mistake that breaks one of these on a real
 * machine throws here (an `ElectronRuleError`) and is also recorded, so a test sees it even when
 * the app swallows the error.
 *
 * | rule                          | what the stand-in does when the app breaks it                          |
 * | ----------------------------- | ---------------------------------------------------------------------- |
 * | privileged-schemes-before-ready | `protocol.registerSchemesAsPrivileged` after `ready`, or twice: throws |
 * | protocol-after-ready          | `protocol.handle` before `ready`: throws                               |
 * | module-after-ready            | `new BrowserWindow`, `screen`, `powerMonitor` before `ready`: throws   |
 * | sandbox-before-ready          | `app.enableSandbox()` after `ready`: throws                            |
 * | standard-scheme-relative-urls | a page on a non-standard custom scheme cannot resolve relative assets  |
 * | preload-absolute-path         | a relative or missing preload path: the page gets no preload           |
 * | sandboxed-preload-require     | a sandboxed preload requiring anything but the allowed modules: throws |
 * | ipc-structured-clone          | functions, promises, symbols… sent over IPC: throws                    |
 * | invoke-needs-handler          | `ipcRenderer.invoke` on a channel with no `ipcMain.handle`: rejects    |
 * | destroyed-window              | any use of a closed window or its webContents: throws                  |
 */

export type RuleId =
  | 'privileged-schemes-before-ready'
  | 'protocol-after-ready'
  | 'module-after-ready'
  | 'sandbox-before-ready'
  | 'standard-scheme-relative-urls'
  | 'preload-absolute-path'
  | 'sandboxed-preload-require'
  | 'ipc-structured-clone'
  | 'invoke-needs-handler'
  | 'destroyed-window';

export interface Rule {
  /** The sentence of Electron's documentation, verbatim. */
  doc: string;
  /** Where it is written. */
  source: string;
}

export const RULES: Record<RuleId, Rule> = {
  // protocol.md, registerSchemesAsPrivileged: "This method can only be used before the ready
  // event of the app module gets emitted and can be called only once."
  'privileged-schemes-before-ready': {
    doc: 'This method can only be used before the ready event of the app module gets emitted and can be called only once.',
    source: 'https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes',
  },
  // protocol.md: "Note: All methods unless specified can only be used after the ready event of
  // the app module gets emitted."
  'protocol-after-ready': {
    doc: 'All methods unless specified can only be used after the ready event of the app module gets emitted.',
    source: 'https://www.electronjs.org/docs/latest/api/protocol',
  },
  // browser-window.md, screen.md and power-monitor.md each open with: "This module cannot be used
  // until the ready event of the app module is emitted."
  'module-after-ready': {
    doc: 'This module cannot be used until the ready event of the app module is emitted.',
    source: 'https://www.electronjs.org/docs/latest/api/browser-window',
  },
  // app.md, app.enableSandbox(): "This method can only be called before app is ready."
  'sandbox-before-ready': {
    doc: 'This method can only be called before app is ready.',
    source: 'https://www.electronjs.org/docs/latest/api/app#appenablesandbox',
  },
  // protocol.md, registerSchemesAsPrivileged: "Registering a scheme as standard allows relative
  // and absolute resources to be resolved correctly when served. Otherwise the scheme will behave
  // like the file protocol, but without the ability to resolve relative URLs."
  'standard-scheme-relative-urls': {
    doc: 'Registering a scheme as standard allows relative and absolute resources to be resolved correctly when served. Otherwise the scheme will behave like the file protocol, but without the ability to resolve relative URLs.',
    source: 'https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes',
  },
  // structures/web-preferences.md, preload: "Specifies a script that will be loaded before other
  // scripts run in the page. [...] The value should be the absolute file path to the script."
  'preload-absolute-path': {
    doc: 'The value should be the absolute file path to the script.',
    source: 'https://www.electronjs.org/docs/latest/api/structures/web-preferences',
  },
  // tutorial/sandbox.md, Preload scripts: "A `require` function similar to Node's `require`
  // module is exposed, but can only import a subset of Electron and Node's built-in modules"
  // (electron's renderer modules, events, timers, url).
  'sandboxed-preload-require': {
    doc: "A require function similar to Node's require module is exposed, but can only import a subset of Electron and Node's built-in modules",
    source: 'https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts',
  },
  // ipc-renderer.md (invoke, send) and web-contents.md (send): "Arguments will be serialized with
  // the Structured Clone Algorithm, just like window.postMessage, so prototype chains will not be
  // included. Sending Functions, Promises, Symbols, WeakMaps, or WeakSets will throw an exception."
  'ipc-structured-clone': {
    doc: 'Sending Functions, Promises, Symbols, WeakMaps, or WeakSets will throw an exception.',
    source: 'https://www.electronjs.org/docs/latest/api/ipc-renderer#ipcrendererinvokechannel-args',
  },
  // ipc-renderer.md, invoke: "The main process should listen for channel with ipcMain.handle()."
  // (Electron rejects with "No handler registered for '<channel>'" when nothing does.)
  'invoke-needs-handler': {
    doc: 'The main process should listen for channel with ipcMain.handle().',
    source: 'https://www.electronjs.org/docs/latest/api/ipc-renderer#ipcrendererinvokechannel-args',
  },
  // browser-window.md, Event 'closed': "Emitted when the window is closed. After you have received
  // this event you should remove the reference to the window and avoid using it any more."
  // (Electron throws "Object has been destroyed" on any use.)
  'destroyed-window': {
    doc: 'After you have received this event you should remove the reference to the window and avoid using it any more.',
    source: 'https://www.electronjs.org/docs/latest/api/browser-window#event-closed',
  },
};

/** A broken constraint, as recorded for the test. */
export interface Violation {
  rule: RuleId;
  detail: string;
}

/** Thrown where real Electron would throw (or fail) for a broken constraint. */
export class ElectronRuleError extends Error {
  constructor(
    readonly rule: RuleId,
    detail: string,
  ) {
    super(`${detail} — Electron's docs: "${RULES[rule].doc}" (${RULES[rule].source})`);
    this.name = 'ElectronRuleError';
  }
}

/** Records every violation of one stand-in process and throws the matching error. */
export class RuleBook {
  readonly violations: Violation[] = [];

  /** Records the violation and returns the error to throw (or to reject with). */
  broken(rule: RuleId, detail: string): ElectronRuleError {
    this.violations.push({ rule, detail });
    return new ElectronRuleError(rule, detail);
  }

  /** Throws unless `ok`. */
  require(ok: boolean, rule: RuleId, detail: string): void {
    if (!ok) throw this.broken(rule, detail);
  }
}
