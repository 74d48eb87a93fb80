import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrashOp } from './crash-recorder';

/**
 * The folder a power cut can leave after a prefix of recorded operations, under the POSIX promise
 * (what `fsync(2)` guarantees, nothing a particular file system adds):
 *
 * | recorded since the last fsync of …   | after the power cut                                           |
 * |--------------------------------------|---------------------------------------------------------------|
 * | a file's data                        | kept; dropped (back to the fsynced bytes); kept as a prefix;  |
 * |                                      | or torn (a prefix, then zeros to the written length)          |
 * | an entry of a folder (create, mkdir, | kept, or back to what the folder held at its last fsync       |
 * | rename in or out, unlink, rmdir)     | (absent, or the older file) — each entry on its own, and all  |
 * |                                      | of them together                                              |
 * | an fsync of a file                   | its data only: never its name in the folder (fsync(2), NOTES) |
 * | a rename                             | its two entries go together (kept or undone as one): rename   |
 * |                                      | is atomic (POSIX, to observers; every journaling file system, |
 * |                                      | across a crash) — a file is never in neither place            |
 *
 * A folder whose own entry is undone takes everything under it. Files and folders are inodes: a
 * renamed file keeps its data, an undone rename brings back the file it replaced.
 */

type FileNode = { kind: 'file'; data: Buffer; synced: Buffer };
type DirNode = { kind: 'dir'; entries: Map<string, number>; synced: Map<string, number> };
type Node = FileNode | DirNode;

/** A folder tree as a crash leaves it: a folder maps names to subtrees, a file is its bytes. */
export type Tree = Map<string, Tree | Buffer>;

export type DataVariant = 'kept' | 'dropped' | 'prefix' | 'torn';

export interface CrashState {
  /** Operations applied (the crash came after op `prefix - 1`). */
  prefix: number;
  /** How many acknowledgements came before the crash. */
  acked: number;
  /** What the state is: its data variant and the folder entries undone. */
  label: string;
  tree: Tree;
}

export class CrashModel {
  private readonly nodes = new Map<number, Node>();
  private nextId = 1;
  private readonly rootId: number;
  /** Entries (`dirId/name`) changed by the same rename: undone together. */
  private readonly renamedWith = new Map<string, Set<string>>();

  constructor() {
    this.rootId = this.add({ kind: 'dir', entries: new Map(), synced: new Map() });
  }

  private add(node: Node): number {
    const id = this.nextId++;
    this.nodes.set(id, node);
    return id;
  }

  private dir(id: number): DirNode {
    const node = this.nodes.get(id);
    if (node?.kind !== 'dir') throw new Error(`not a folder: #${id}`);
    return node;
  }

  /** The parent folder and the name of `path` (volatile view). */
  private parentOf(path: string): { parent: DirNode; name: string } {
    const parts = path.split('/');
    const name = parts.pop()!;
    let id = this.rootId;
    for (const part of parts) {
      const next = this.dir(id).entries.get(part);
      if (next === undefined) throw new Error(`no folder ${part} on the way to ${path}`);
      id = next;
    }
    return { parent: this.dir(id), name };
  }

  private idOf(path: string): number {
    if (path === '') return this.rootId;
    const { parent, name } = this.parentOf(path);
    const id = parent.entries.get(name);
    if (id === undefined) throw new Error(`no entry ${path}`);
    return id;
  }

  apply(op: CrashOp): void {
    switch (op.op) {
      case 'create': {
        const { parent, name } = this.parentOf(op.path);
        parent.entries.set(name, this.add({ kind: 'file', data: Buffer.alloc(0), synced: Buffer.alloc(0) }));
        return;
      }
      case 'mkdir': {
        const { parent, name } = this.parentOf(op.path);
        parent.entries.set(name, this.add({ kind: 'dir', entries: new Map(), synced: new Map() }));
        return;
      }
      case 'data': {
        const node = this.nodes.get(this.idOf(op.path));
        if (node?.kind !== 'file') throw new Error(`not a file: ${op.path}`);
        node.data = op.content;
        return;
      }
      case 'fsync': {
        const node = this.nodes.get(this.idOf(op.path))!;
        if (node.kind === 'file') node.synced = node.data;
        else node.synced = new Map(node.entries);
        return;
      }
      case 'rename': {
        const from = this.parentOf(op.from);
        const id = from.parent.entries.get(from.name)!;
        from.parent.entries.delete(from.name);
        const to = this.parentOf(op.to);
        to.parent.entries.set(to.name, id);
        const a = `${this.idOfDir(from.parent)}/${from.name}`;
        const b = `${this.idOfDir(to.parent)}/${to.name}`;
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const)
          this.renamedWith.set(x, new Set([...(this.renamedWith.get(x) ?? []), y]));
        return;
      }
      case 'unlink':
      case 'rmdir': {
        const { parent, name } = this.parentOf(op.path);
        parent.entries.delete(name);
        return;
      }
      case 'ack':
        return;
    }
  }

  /** Every folder entry that differs from its folder's last fsync, reachable either way. */
  unsyncedEntries(): { dirId: number; name: string }[] {
    const found: { dirId: number; name: string }[] = [];
    const seen = new Set<number>();
    const visit = (id: number) => {
      if (seen.has(id)) return;
      seen.add(id);
      const node = this.nodes.get(id)!;
      if (node.kind !== 'dir') return;
      const names = new Set([...node.entries.keys(), ...node.synced.keys()]);
      for (const name of [...names].sort()) {
        const now = node.entries.get(name);
        const then = node.synced.get(name);
        if (now !== then) found.push({ dirId: id, name });
        if (now !== undefined) visit(now);
        if (then !== undefined) visit(then);
      }
    };
    visit(this.rootId);
    return found;
  }

  private idOfDir(dir: DirNode): number {
    for (const [id, node] of this.nodes) if (node === dir) return id;
    throw new Error('unknown folder');
  }

  /** `undone` and, transitively, the other entry of every rename that changed one of them. */
  private withRenamePartners(undone: readonly { dirId: number; name: string }[]): Set<string> {
    const keys = new Set(undone.map((e) => `${e.dirId}/${e.name}`));
    const queue = [...keys];
    while (queue.length > 0) {
      for (const partner of this.renamedWith.get(queue.pop()!) ?? []) {
        if (!keys.has(partner)) {
          keys.add(partner);
          queue.push(partner);
        }
      }
    }
    return keys;
  }

  hasUnsyncedData(): boolean {
    for (const node of this.nodes.values()) if (node.kind === 'file' && !node.data.equals(node.synced)) return true;
    return false;
  }

  /** The tree after a power cut: `variant` for unsynced data, the listed entries undone. */
  tree(variant: DataVariant, undone: readonly { dirId: number; name: string }[]): Tree {
    const undo = this.withRenamePartners(undone);
    const build = (id: number, path: Set<number>): Tree => {
      const node = this.dir(id);
      const tree: Tree = new Map();
      const names = new Set([...node.entries.keys(), ...node.synced.keys()]);
      for (const name of [...names].sort()) {
        const child = undo.has(`${id}/${name}`) ? node.synced.get(name) : node.entries.get(name);
        if (child === undefined || path.has(child)) continue;
        const childNode = this.nodes.get(child)!;
        tree.set(name, childNode.kind === 'dir' ? build(child, new Set([...path, child])) : fileData(childNode, variant));
      }
      return tree;
    };
    return build(this.rootId, new Set([this.rootId]));
  }
}

function fileData(node: FileNode, variant: DataVariant): Buffer {
  const { data, synced } = node;
  if (variant === 'kept' || data.equals(synced)) return data;
  if (variant === 'dropped') return synced;
  let common = 0;
  while (common < data.length && common < synced.length && data[common] === synced[common]) common++;
  const half = common + Math.ceil((data.length - common) / 2);
  if (variant === 'prefix') return data.subarray(0, half);
  return Buffer.concat([data.subarray(0, half), Buffer.alloc(data.length - half)]);
}

export function treeDigest(tree: Tree): string {
  const hash = createHash('sha1');
  const visit = (t: Tree, prefix: string) => {
    for (const [name, child] of t) {
      hash.update(`${prefix}/${name}\u0000`);
      if (child instanceof Map) visit(child, `${prefix}/${name}`);
      else hash.update(child).update('\u0001');
    }
  };
  visit(tree, '');
  return hash.digest('hex');
}

export function materialize(tree: Tree, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, child] of tree) {
    if (child instanceof Map) materialize(child, join(dir, name));
    else writeFileSync(join(dir, name), child);
  }
}

/**
 * Every distinct crash state of the log: after each operation, the data variants with every
 * unsynced entry kept, all undone together, and each undone on its own (data kept, and dropped).
 */
export function* crashStates(log: readonly CrashOp[]): Generator<CrashState> {
  const model = new CrashModel();
  const seen = new Set<string>();
  let acked = 0;
  for (let i = 0; i <= log.length; i++) {
    if (i > 0) {
      const op = log[i - 1]!;
      model.apply(op);
      if (op.op === 'ack') {
        acked++;
        continue;
      }
    }
    const entries = model.unsyncedEntries();
    const candidates: { label: string; variant: DataVariant; undone: typeof entries }[] = [];
    const variants: DataVariant[] = model.hasUnsyncedData() ? ['kept', 'dropped', 'prefix', 'torn'] : ['kept'];
    for (const variant of variants) {
      candidates.push({ label: `data ${variant}`, variant, undone: [] });
      if (entries.length > 0) candidates.push({ label: `data ${variant}, every unsynced entry undone`, variant, undone: entries });
    }
    for (const entry of entries) {
      for (const variant of ['kept', 'dropped'] as const) candidates.push({ label: `data ${variant}, entry “${entry.name}” undone`, variant, undone: [entry] });
    }
    for (const candidate of candidates) {
      const tree = model.tree(candidate.variant, candidate.undone);
      // The same folder later on promises more (more acknowledgements): checked again then.
      const digest = `${acked}:${treeDigest(tree)}`;
      if (seen.has(digest)) continue;
      seen.add(digest);
      yield { prefix: i, acked, label: candidate.label, tree };
    }
  }
}
