import { fsyncDirectory } from './durable-fs';

/**
 * The design card's electron-store, seen through the API it shares with its base library `conf`:
 * the Electron adapter passes electron-store's class, plain Node (tests, browser mode) passes
 * conf's. We read files ourselves first (to detect damage without conf's reset-on-error path) and
 * write whole documents through `store = value`, which conf does atomically with fsync.
 */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}

export type DocumentStoreClass = new (options: {
  cwd: string;
  configName: string;
  name: string;
  fileExtension: string;
  clearInvalidConfig: boolean;
  watch: boolean;
  accessPropertiesByDotNotation: boolean;
  serialize: (value: unknown) => string;
  configFileMode: number;
}) => ConfLike;

export class DocumentFile {
  private conf: ConfLike | null = null;

  constructor(
    private readonly Store: DocumentStoreClass,
    readonly dir: string,
    readonly name: string,
  ) {}

  get path(): string {
    return `${this.dir}/${this.name}.json`;
  }

  /** Replaces the document durably (atomic write through conf, then the directory fsync). */
  write(value: Record<string, unknown>): void {
    this.conf ??= new this.Store({
      cwd: this.dir,
      configName: this.name,
      name: this.name,
      fileExtension: 'json',
      // Never: conf would silently replace a damaged file with an empty one.
      clearInvalidConfig: false,
      watch: false,
      accessPropertiesByDotNotation: false,
      // Compact: the default tab-indented form is ~20% larger to write and read.
      serialize: (v) => JSON.stringify(v),
      // Private: only the user may read their job search (data-folder-privacy.ts).
      configFileMode: 0o600,
    });
    this.conf.store = value;
    fsyncDirectory(this.dir);
  }
}
