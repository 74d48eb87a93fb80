import { createRequire } from 'node:module';

/**
 * PouchDB (pouchdb-node: LevelDB on disk, HTTP to CouchDB), loaded without its `@types` packages:
 * those pull the DOM library and a global `Buffer` into the whole main-process program and break
 * Node's own types. These are the few calls the engine makes, typed as PouchDB 9 documents them
 * (pouchdb.com/api.html).
 */

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export type BulkResult = { ok: true; id: string; rev: string } | { error: string; id?: string; status?: number; reason?: string };

export interface Emitter {
  // Listener arguments as each event documents them (change, paused, active, denied, error).
  on<Args extends unknown[]>(event: string, listener: (...args: Args) => void): this;
  cancel(): void;
}

export interface PouchDatabase {
  info(): Promise<Record<string, unknown>>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: readonly object[]): Promise<BulkResult[]>;
  allDocs(options: { limit?: number; keys?: string[]; include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string }): Promise<{
    total_rows: number;
    rows: Array<{ id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc | null; error?: string }>;
  }>;
  changes(options: { since: number | string; live: true }): Emitter;
  replicate: {
    to(remote: PouchDatabase, options: Record<string, unknown>): Emitter;
    from(remote: PouchDatabase, options: Record<string, unknown>): Emitter;
  };
  compact(): Promise<unknown>;
  close(): Promise<void>;
}

export interface PouchOptions {
  skip_setup?: boolean;
  auth?: { username: string; password: string };
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
}

type PouchStatic = new (name: string, options?: PouchOptions) => PouchDatabase;

const requireHere = createRequire(import.meta.url);
let loaded: PouchStatic | null = null;

/**
 * Loaded at the first database made, not when the core opens: a computer that does not sync never
 * loads LevelDB's native binding (nor pays its start-up time and memory).
 */
export const PouchDB = function LazyPouchDB(name: string, options?: PouchOptions): PouchDatabase {
  loaded ??= requireHere('pouchdb-node') as PouchStatic;
  return new loaded(name, options);
} as unknown as PouchStatic;
