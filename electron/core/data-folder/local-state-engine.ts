import { dirname } from 'node:path';
import Conf from 'conf';
import { mkdirDurable, writeFileDurable } from '../store/durable-fs';
import { nodeStoreFs, type StoreFs } from '../store/store-fs';

/**
 * The class that keeps one of this computer's state files: conf (browser mode, tests) or, in the
 * desktop app, electron-store — which extends conf and imports `electron`, so only the desktop
 * host names it and hands it to the core (`CorePorts.localStateEngine`).
 *
 * | rule                                         | why                                                        |
 * |----------------------------------------------|------------------------------------------------------------|
 * | every engine is made durable here: `_write` is `writeFileDurable`, `_ensureDirectory` is `mkdirDurable` | conf 15.1's writer (atomically 2.1.1) ignores a short write; on a full disk it left a truncated, unparseable file |
 * | the core accepts only an engine made here (`DurableLocalStateEngine`, checked at run time too) | a plain electron-store handed over by mistake would bring that writer back |
 * | conf and electron-store are pinned (`PINNED_CONF_VERSION`, `PINNED_ELECTRON_STORE_VERSION`) | the two calls replaced are private: a test fails when either package moves them |
 */

/** The conf version whose writer this module replaces: a new one must be checked before it is used. */
export const PINNED_CONF_VERSION = '15.1.0';
/** The electron-store version the desktop host subclasses (it adds nothing to conf's file calls). */
export const PINNED_ELECTRON_STORE_VERSION = '11.0.2';

/** conf, or a subclass of it with the same constructor (electron-store). */
export type LocalStateEngine = typeof Conf;

const DURABLE = Symbol.for('hearback.durable-local-state-engine');

/** An engine whose every file write and folder creation goes through the store's durable writer. */
export type DurableLocalStateEngine = LocalStateEngine & { readonly [DURABLE]: true };

export function isDurableEngine(engine: unknown): engine is DurableLocalStateEngine {
  return typeof engine === 'function' && (engine as unknown as Record<symbol, unknown>)[DURABLE] === true;
}

/**
 * `Base` with its two file calls replaced — `_write(value)` and `_ensureDirectory()`, private in
 * conf's typings (hence set on the prototype), guarded by the tests that pin the versions.
 */
export function durableEngine(Base: LocalStateEngine, fs: StoreFs = nodeStoreFs): DurableLocalStateEngine {
  class DurableEngine<T extends Record<string, unknown>> extends Base<T> {}
  const proto = DurableEngine.prototype as unknown as Record<string, unknown>;
  proto['_write'] = function (this: { path: string; _serialize: (value: unknown) => string }, value: unknown): void {
    writeFileDurable(this.path, this._serialize(value), fs);
  };
  proto['_ensureDirectory'] = function (this: { path: string }): void {
    mkdirDurable(dirname(this.path), fs);
  };
  Object.defineProperty(DurableEngine, DURABLE, { value: true });
  return DurableEngine as unknown as DurableLocalStateEngine;
}
