import { basename, join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormatsModule from 'ajv-formats';
import Conf from 'conf';
import { z } from 'zod';
import { HearbackError } from '../../../shared/contract';
import { renameDurable } from '../store/durable-fs';
import { nodeStoreFs, type StoreFs } from '../store/store-fs';
import { refusedWriteMessage } from '../store/write-failure';
import { durableEngine, isDurableEngine, type DurableLocalStateEngine } from './local-state-engine';

export { PINNED_CONF_VERSION } from './local-state-engine';

/**
 * This computer's own state — neither the job search nor exported: the window's size and place,
 * the mail and calendar sources with their cursors and decisions. Each is one small JSON file kept
 * with electron-store in the desktop app and with conf (electron-store's engine) in browser mode —
 * the engine the host hands over (local-state-engine.ts) — with a JSON schema made from its zod
 * schema and conf's migrations; every write goes through the store's durable writer: conf 15.1's
 * own (atomically 2.1.1) ignores a short write and, on a full disk, left a truncated, unparseable
 * file in place of the old one.
 *
 * | situation                                  | what happens                                                  |
 * |--------------------------------------------|---------------------------------------------------------------|
 * | no file                                    | the empty value; nothing written until the first save         |
 * | a file from before conf (plain JSON)       | read as it is; conf's migrations run up to `LOCAL_STATE_FORMAT` and note it in the file at the next write |
 * | an older format (a migration leads past it) | conf's migrations run first; only what they leave is checked   |
 * | not JSON, or not the schema                | moved aside (`<name>.damaged-<time>.json`, durable), never reset silently; `problem` says so; starts empty |
 * | a save the schema refuses                  | thrown, nothing written                                       |
 * | a save the disk refuses (full, read-only)  | thrown with the user's sentence; the previous file stays whole (temp, fsync, read back, rename) |
 * | conf's folder                              | made with `mkdirDurable` (its entry fsynced in its parent)     |
 */

/** The format of these files (conf's `projectVersion`): a migration is keyed by the format it leads to. */
export const LOCAL_STATE_FORMAT = '1.0.0';

type Migrations = Record<string, (store: { get(key: string): unknown; set(key: string, value: unknown): void; delete(key: string): void }) => void>;

/** Orders two `major.minor.patch` formats (conf keys its migrations by them). */
function compareFormats(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** The zod schema as conf's JSON schema: its properties, and which are required. */
function confSchema(schema: z.ZodObject): { properties: Record<string, object>; required: string[] } {
  const json = z.toJSONSchema(schema, { target: 'draft-7', reused: 'inline', io: 'input' }) as { properties?: Record<string, object>; required?: string[] };
  return { properties: json.properties ?? {}, required: json.required ?? [] };
}

/**
 * One compiled JSON-schema validator per schema for the whole process. conf compiles its schema
 * with ajv (which generates code) in every constructor — tens to hundreds of ms per file — so the
 * engine is given no `schema` and validates through this cached one instead, with conf's message.
 */
const validators = new WeakMap<z.ZodObject, ValidateFunction>();

// ajv-formats is CommonJS: its default export arrives wrapped under some loaders (conf does the same).
const addFormats = ((ajvFormatsModule as unknown as { default?: typeof ajvFormatsModule }).default ?? ajvFormatsModule) as unknown as (ajv: Ajv2020) => void;

function jsonSchemaValidator(schema: z.ZodObject): ValidateFunction {
  let validate = validators.get(schema);
  if (validate === undefined) {
    const { properties, required } = confSchema(schema);
    const ajv = new Ajv2020({ allErrors: true, useDefaults: true });
    addFormats(ajv);
    validate = ajv.compile({ type: 'object', properties, required });
    validators.set(schema, validate);
  }
  return validate;
}

/** Engine subclasses that validate with the cached validator, one per engine and schema. */
const validatingEngines = new WeakMap<DurableLocalStateEngine, WeakMap<z.ZodObject, DurableLocalStateEngine>>();

function validatingEngine(Engine: DurableLocalStateEngine, schema: z.ZodObject): DurableLocalStateEngine {
  let bySchema = validatingEngines.get(Engine);
  if (bySchema === undefined) validatingEngines.set(Engine, (bySchema = new WeakMap()));
  let Validating = bySchema.get(schema);
  if (Validating === undefined) {
    class WithCachedSchema<T extends Record<string, unknown>> extends Engine<T> {}
    // `_validate` is conf's own hook, called on every read and write (private in its typings).
    (WithCachedSchema.prototype as unknown as Record<string, unknown>)['_validate'] = (data: unknown): void => {
      const validate = jsonSchemaValidator(schema);
      if (validate(data) || !validate.errors) return;
      const errors = validate.errors.map(({ instancePath, message = '' }) => `\`${instancePath.slice(1)}\` ${message}`);
      throw new Error(`Config schema violation: ${errors.join('; ')}`);
    };
    Validating = WithCachedSchema as unknown as DurableLocalStateEngine;
    bySchema.set(schema, Validating);
  }
  return Validating;
}

export interface LocalStateOptions<S extends z.ZodObject> {
  /** The folder it lives in (the data folder, or the app's folder for window state). */
  dir: string;
  /** The file's name without `.json`. */
  name: string;
  schema: S;
  empty: () => z.infer<S>;
  migrations?: Migrations;
  /** The engine (electron-store in the desktop app); default: conf, made durable over `fs`. */
  engine?: DurableLocalStateEngine;
  fs?: StoreFs;
  now?: () => Date;
}

export class LocalStateFile<S extends z.ZodObject> {
  /** A damaged file kept aside (at opening, or when conf was first made at a save), in plain words; null when all was well. */
  get problem(): string | null {
    return this.damage;
  }
  private damage: string | null = null;
  /** conf, once there is a file: made at the first save when there was none (see `openEngine`). */
  private conf: Conf<Record<string, unknown>> | null = null;
  private readonly openEngine: () => Conf<Record<string, unknown>>;
  private current: z.infer<S>;

  constructor(private readonly options: LocalStateOptions<S>) {
    const fs = options.fs ?? nodeStoreFs;
    // The types already ask for a durable engine; this catches a cast around them.
    if (options.engine !== undefined && !isDurableEngine(options.engine)) throw new Error('A local state engine must be made with durableEngine().');
    const Engine = options.engine ?? durableEngine(Conf, fs);
    const path = join(options.dir, `${options.name}.json`);
    this.damage = this.setAsideIfDamaged(path, fs);
    this.openEngine = () => {
      try {
        return this.openConf(Engine, true);
      } catch (error) {
        if (typeof (error as NodeJS.ErrnoException).code === 'string') {
          // The migration's note could not be written (a read-only folder): read as it is, noted later.
          return this.openConf(Engine, false);
        }
        // conf's own reading disagreed (its schema check): kept aside as well, then opened empty.
        this.damage ??= this.setAside(path, fs, (error as Error).message);
        return this.openConf(Engine, true);
      }
    };
    // No file (none yet, or a damaged one set aside): conf would write its defaults as it is made —
    // a durable write of nothing, for every state file at every start of a fresh folder — so it is
    // made at the first save instead.
    if (fs.existsSync(path)) this.conf = this.openEngine();
    this.current = (this.conf === null ? null : this.parse(this.conf.store)) ?? options.empty();
  }

  private openConf(Engine: DurableLocalStateEngine, migrate: boolean): Conf<Record<string, unknown>> {
    const Validating = validatingEngine(Engine, this.options.schema);
    return new Validating({
      cwd: this.options.dir,
      configName: this.options.name,
      // electron-store takes the file's name as `name` (and would otherwise call it `config`).
      ...({ name: this.options.name } as object),
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
    // A file of an older format is checked after conf's migrations bring it up to date (conf
    // validates once they ran, and its refusal sets the file aside then), never before.
    if (this.awaitsMigration(raw)) return null;
    return this.parse(raw) === null ? this.setAside(path, fs, 'it does not hold what Hearback expects') : null;
  }

  /** Whether a migration of ours leads past the format the file was last written in. */
  private awaitsMigration(raw: unknown): boolean {
    const migrations = Object.keys(this.options.migrations ?? {});
    if (migrations.length === 0) return false;
    const internal = (raw as { __internal__?: { migrations?: { version?: unknown } } }).__internal__;
    const written = typeof internal?.migrations?.version === 'string' ? internal.migrations.version : '0.0.0';
    return migrations.some((to) => compareFormats(to, written) > 0);
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
      this.conf ??= this.openEngine();
      this.conf.store = { ...value };
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      // The user's sentence reaches the app as it is (the dispatcher passes contract errors through).
      throw Object.assign(new HearbackError('unavailable', refusedWriteMessage(error, `${this.options.name}.json`)), { cause: error });
    }
    this.current = value as z.infer<S>;
  }
}
