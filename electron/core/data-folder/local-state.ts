import { basename, dirname, join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { HearbackError } from '../../../shared/contract';
import { mkdirDurable, renameDurable, writeFileDurable } from '../store/durable-fs';
import { nodeStoreFs, type StoreFs } from '../store/store-fs';
import { refusedWriteMessage } from '../store/write-failure';

/**
 * This computer's own state — neither the job search nor exported: the window's size and place,
 * the mail and calendar sources with their cursors and decisions. Each is one small JSON file kept
 * with conf (electron-store's engine; the same in the desktop app and browser mode), with a JSON
 * schema made from its zod schema and conf's migrations — but every write goes through the store's
 * durable writer: conf 15.1's own (atomically 2.1.1) ignores a short write and, on a full disk,
 * left a truncated, unparseable file in place of the old one.
 *
 * | situation                                  | what happens                                                  |
 * |--------------------------------------------|---------------------------------------------------------------|
 * | no file                                    | the empty value; nothing written until the first save         |
 * | a file from before conf (plain JSON)       | read as it is; conf's migrations run up to `LOCAL_STATE_FORMAT` and note it in the file at the next write |
 * | not JSON, or not the schema                | moved aside (`<name>.damaged-<time>.json`, durable), never reset silently; `problem` says so; starts empty |
 * | a save the schema refuses                  | thrown, nothing written                                       |
 * | a save the disk refuses (full, read-only)  | thrown with the user's sentence; the previous file stays whole (temp, fsync, read back, rename) |
 * | conf's folder                              | made with `mkdirDurable` (its entry fsynced in its parent)     |
 */

/** The format of these files (conf's `projectVersion`): a migration is keyed by the format it leads to. */
export const LOCAL_STATE_FORMAT = '1.0.0';
/** The conf version whose writer this module replaces: a new one must be checked before it is used. */
export const PINNED_CONF_VERSION = '15.1.0';

type Migrations = Record<string, (store: { get(key: string): unknown; set(key: string, value: unknown): void }) => void>;

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/**
 * conf with its two file calls replaced — `_write(value)` and `_ensureDirectory()`, private in its
 * typings (hence set on the prototype), checked by the test that pins the version.
 */
function durableConf(fs: StoreFs): typeof Conf {
  class DurableConf<T extends Record<string, unknown>> extends Conf<T> {}
  const proto = DurableConf.prototype as unknown as Record<string, unknown>;
  proto['_write'] = function (this: { path: string; _serialize: (value: unknown) => string }, value: unknown): void {
    writeFileDurable(this.path, this._serialize(value), fs);
  };
  proto['_ensureDirectory'] = function (this: { path: string }): void {
    mkdirDurable(dirname(this.path), fs);
  };
  return DurableConf;
}

/** The zod schema as conf's JSON schema: its properties, and which are required. */
function confSchema(schema: z.ZodObject): { properties: Record<string, object>; required: string[] } {
  const json = z.toJSONSchema(schema, { target: 'draft-7', reused: 'inline', io: 'input' }) as { properties?: Record<string, object>; required?: string[] };
  return { properties: json.properties ?? {}, required: json.required ?? [] };
}

export interface LocalStateOptions<S extends z.ZodObject> {
  /** The folder it lives in (the data folder, or the app's folder for window state). */
  dir: string;
  /** The file's name without `.json`. */
  name: string;
  schema: S;
  empty: () => z.infer<S>;
  migrations?: Migrations;
  fs?: StoreFs;
  now?: () => Date;
}

export class LocalStateFile<S extends z.ZodObject> {
  /** A damaged file found at opening (kept aside), said in plain words; null when all was well. */
  readonly problem: string | null;
  private readonly conf: Conf<Record<string, unknown>>;
  private current: z.infer<S>;

  constructor(private readonly options: LocalStateOptions<S>) {
    const fs = options.fs ?? nodeStoreFs;
    const path = join(options.dir, `${options.name}.json`);
    let problem = this.setAsideIfDamaged(path, fs);
    let conf: Conf<Record<string, unknown>>;
    try {
      conf = this.openConf(fs, true);
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code === 'string') {
        // The migration's note could not be written (a read-only folder): read as it is, noted later.
        conf = this.openConf(fs, false);
      } else {
        // conf's own reading disagreed (its schema check): kept aside as well, then opened empty.
        problem ??= this.setAside(path, fs, (error as Error).message);
        conf = this.openConf(fs, true);
      }
    }
    this.conf = conf;
    this.problem = problem;
    this.current = this.parse(conf.store) ?? options.empty();
  }

  private openConf(fs: StoreFs, migrate: boolean): Conf<Record<string, unknown>> {
    const { properties, required } = confSchema(this.options.schema);
    const DurableConf = durableConf(fs);
    return new DurableConf({
      cwd: this.options.dir,
      configName: this.options.name,
      schema: properties,
      rootSchema: { required },
      defaults: this.options.empty() as Record<string, unknown>,
      projectVersion: LOCAL_STATE_FORMAT,
      ...(migrate ? { migrations: { [LOCAL_STATE_FORMAT]: () => {}, ...this.options.migrations } } : {}),
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      configFileMode: 0o600,
      serialize: (value) => JSON.stringify(value),
    }) as Conf<Record<string, unknown>>;
  }

  /** The file's value without conf's own bookkeeping, or null when it is not ours to read. */
  private parse(raw: unknown): z.infer<S> | null {
    if (typeof raw !== 'object' || raw === null) return null;
    const { __internal__: _bookkeeping, ...value } = raw as Record<string, unknown>;
    const parsed = this.options.schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }

  private setAsideIfDamaged(path: string, fs: StoreFs): string | null {
    if (!fs.existsSync(path)) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path).toString('utf8'));
    } catch {
      return this.setAside(path, fs, 'it is not valid JSON');
    }
    if (typeof raw === 'object' && raw !== null && Object.keys(raw).filter((k) => k !== '__internal__').length === 0) return null;
    return this.parse(raw) === null ? this.setAside(path, fs, 'it does not hold what Hearback expects') : null;
  }

  private setAside(path: string, fs: StoreFs, why: string): string {
    const aside = `${path.replace(/\.json$/, '')}.damaged-${stamp((this.options.now ?? (() => new Date()))())}.json`;
    try {
      renameDurable(path, aside, fs);
      return `${basename(path)} could not be read (${why}). It was kept as ${aside}, and these settings start empty.`;
    } catch {
      // A folder that cannot be written: the file stays as it is, and saves will fail and say so.
      return `${basename(path)} could not be read (${why}), and could not be moved aside; these settings start empty and are not saved over it.`;
    }
  }

  get value(): z.infer<S> {
    return this.current;
  }

  /**
   * Writes `next` whole and durably, then keeps it. Throws (nothing written, nothing kept) when the
   * schema refuses it, or with the user's sentence when the disk does; the previous file stays whole.
   */
  save(next: z.infer<S>): void {
    const value = this.options.schema.parse(next) as Record<string, unknown>;
    try {
      // A copy: conf adds its bookkeeping (`__internal__`) to the object it is given.
      this.conf.store = { ...value };
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      // The user's sentence reaches the app as it is (the dispatcher passes contract errors through).
      throw Object.assign(new HearbackError('unavailable', refusedWriteMessage(error, `${this.options.name}.json`)), { cause: error });
    }
    this.current = value as z.infer<S>;
  }
}
