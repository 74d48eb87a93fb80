import { REMINDER_ROLE_ID } from './reminder-role';
import type { Emitter, PouchDatabase, PouchDoc } from './pouch';
import type { HistoryEvent } from '../../../../shared/domain';
import type { Change } from '../../store/change';
import type { HearbackStore } from '../../store/hearback-store';
import type { RecordCipher } from '../sync-port';
import { HybridClock } from './hlc';
import { IncomingBatch } from './incoming-batch';
import { sealDocs, sealReplica } from './reseal';
import { readSyncedHistory, type SyncedAction } from './synced-history';
import { canonicalJson, openDoc, resolveConflict, storeChangeFor, type InboundChange } from './inbound';
import { documentsFor, seedDoc, type Device, type OutboundAction } from './outbound';
import { changedFields, recordDocId, RecordDocSchema, type RecordDoc } from './record-doc';

/**
 * The records between the store and the local PouchDB, both ways, one step at a time (one promise
 * chain), so an outgoing write and an incoming change never interleave:
 *
 * | step                          | rule                                                                   |
 * |-------------------------------|------------------------------------------------------------------------|
 * | a local action commits        | stamped at once (HLC), queued; its records are "pending out" until written |
 * | an incoming record is pending out | left for later: the write merges it, and its change comes back round |
 * | an incoming record has conflicts | merged (record-doc.ts), the merged revision written on the winner, the losers removed |
 * | incoming changes apply        | in the core's call queue, one non-undoable store action per remote action, a batch written at once |
 * | a change this computer applied from elsewhere | never sent back out (its stamps are already the other computer's) |
 * | undo after a merge            | reverts only the fields still holding the undone action's own stamp; names the others |
 * | the app stopped before an action reached the replica | at the next open the journal's actions after the replica's checkpoint are sent (the journal is the truth) |
 * | started with encryption, the replica not sealed yet | every plain document written again sealed before replication starts (reseal.ts) |
 * | a plain document arrives while encrypted | read as it is, and written again sealed                          |
 */

export interface RecordFlowDeps {
  local: PouchDatabase;
  device: Device;
  wallClock: () => number;
  store: () => HearbackStore;
  run: <T>(fn: () => T) => Promise<T>;
  cipher: () => RecordCipher | null;
  warn: (message: string, meta?: Record<string, unknown>) => void;
  /** A delivery claimed by another computer arrived (its notification here can close). */
  onRemoteDelivery: (followUpId: string, occurrence: string) => void;
  /** The reminder-computer document changed (reminder-role.ts). */
  onReminderRole?: () => void;
}

const SEEDED = '_local/hearback-seeded';
const INBOUND = '_local/hearback-inbound';
/** Present while every document of the replica was sealed by a pass with the cipher (reseal.ts). */
const SEALED = '_local/hearback-sealed';
/** The last journal seq whose action is in the replica (a crash between the two is caught up at the next open). */
const OUTBOUND = '_local/hearback-outbound';
/** The checkpoint's format once journals mark actions from other computers (`fromDevice`). */
const OUTBOUND_FORMAT = 2;

export class RecordFlow {
  readonly clock: HybridClock;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly outbound: OutboundAction[] = [];
  private readonly pendingOut = new Map<string, number>();
  private readonly dirty = new Set<string>();
  private applyingRemote = false;
  /** The first journal seq the commit hook gave this replica (null until one): the catch-up stops before it. */
  private hookedFrom: number | null = null;
  /** Which local action set each field of each record (for undo after a merge). */
  private readonly fieldActs = new Map<string, Map<string, string>>();
  private feed: Emitter | null = null;
  /** The feed's last sequence seen (the inbound checkpoint once its batch is applied). */
  private lastSeq: number | string = 0;
  /** Record writes since the last compaction of the local database. */
  written = 0;
  onActivity: () => void = () => {};

  constructor(private readonly deps: RecordFlowDeps) {
    this.clock = new HybridClock(deps.wallClock);
  }

  get pending(): number {
    return this.outbound.length + this.dirty.size;
  }

  /** Resolves when every queued write and every incoming change seen so far are done. */
  async idle(): Promise<void> {
    while (this.pending > 0 || this.batch.waiting) {
      await this.chain;
      await new Promise((r) => setTimeout(r, 5));
    }
    await this.chain;
  }

  private step<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.chain.then(fn);
    this.chain = result.catch((error: unknown) => this.deps.warn('sync step failed', { error: String(error) }));
    return result;
  }

  /** The store's commit hook: each committed local action, stamped now. */
  committed(events: readonly HistoryEvent[]): void {
    if (events.length > 0) this.hookedFrom ??= events[0]!.seq;
    if (this.applyingRemote || events.length === 0) return;
    this.queue(events);
  }

  private queue(events: readonly HistoryEvent[]): void {
    const action = { hlc: this.clock.issue(), events };
    this.outbound.push(action);
    for (const e of events) {
      const id = recordDocId(e.entity, e.entityId);
      this.pendingOut.set(id, (this.pendingOut.get(id) ?? 0) + 1);
      if (e.after !== null) for (const field of changedFields(e.before, e.after)) this.actsOf(id).set(field, e.actionId);
    }
    this.onActivity();
    void this.step(() => this.writeOutbound());
  }

  private actsOf(docId: string): Map<string, string> {
    let acts = this.fieldActs.get(docId);
    if (!acts) this.fieldActs.set(docId, (acts = new Map()));
    return acts;
  }

  /** Writes every queued action, oldest first; one that fails stays first, tried again with the next change. */
  private async writeOutbound(): Promise<void> {
    while (this.outbound.length > 0) await this.writeFirst();
  }

  private async writeFirst(): Promise<void> {
    const action = this.outbound[0];
    if (!action) return;
    const ids = [...new Set(action.events.map((e) => recordDocId(e.entity, e.entityId)))];
    for (let attempt = 0; ; attempt++) {
      const existing = await this.readDocs(ids);
      const { records, action: actionDoc } = await documentsFor(action, this.deps.device, existing, this.deps.cipher());
      const results = await this.deps.local.bulkDocs([...records, actionDoc]);
      const conflicted = results.some((r) => 'error' in r && r.status === 409 && !r.id?.startsWith('action:'));
      if (!conflicted || attempt > 5) break;
    }
    this.outbound.shift();
    await this.saveSentSeq(Math.max(...action.events.map((e) => e.seq)));
    for (const id of ids) {
      const left = (this.pendingOut.get(id) ?? 1) - 1;
      if (left <= 0) this.pendingOut.delete(id);
      else this.pendingOut.set(id, left);
    }
    this.written += ids.length;
    this.onActivity();
  }

  /** Current documents (winning revisions, still sealed) by id. */
  private async readDocs(ids: readonly string[]): Promise<Map<string, RecordDoc>> {
    const found = await this.deps.local.allDocs({ keys: [...ids], include_docs: true });
    const docs = new Map<string, RecordDoc>();
    for (const row of found.rows) {
      if (!('doc' in row) || !row.doc) continue;
      const parsed = RecordDocSchema.safeParse(row.doc);
      if (parsed.success) docs.set(row.id, parsed.data);
    }
    return docs;
  }

  private async saveSentSeq(seq: number): Promise<void> {
    const previous = await this.deps.local.get(OUTBOUND).catch(() => null);
    if (previous && Number(previous['seq']) >= seq && previous['format'] === OUTBOUND_FORMAT) return;
    await this.deps.local.put({ _id: OUTBOUND, _rev: previous?._rev, seq: Math.max(seq, Number(previous?.['seq'] ?? 0)), format: OUTBOUND_FORMAT }).catch(() => undefined);
  }

  /**
   * Actions the journal holds but the replica never got (the app stopped in between): sent now,
   * with new stamps. Only this computer's own:
   *
   * | the journal's action                                  | sent again |
   * |-------------------------------------------------------|------------|
   * | `fromDevice` set (applied from another computer)      | no         |
   * | no `fromDevice`, checkpoint written by this version   | yes (this computer's own, whatever its summary says) |
   * | no `fromDevice`, checkpoint older than the field (no `format`) | only when its summary does not start with "From " (journals written before the field: the old rule, once) |
   */
  private async catchUp(): Promise<void> {
    const saved = await this.deps.local.get(OUTBOUND).catch(() => null);
    const store = this.deps.store();
    // What the commit hook has seen since the replica opened reaches it that way: sent once, not again here.
    const upTo = this.hookedFrom === null ? store.revision : this.hookedFrom - 1;
    const sentSeq = saved ? Number(saved['seq']) : 0;
    const legacy = saved !== null && saved['format'] !== OUTBOUND_FORMAT;
    if (sentSeq < upTo) {
      let group: HistoryEvent[] = [];
      const flush = () => {
        const first = group[0];
        if (first && first.fromDevice === undefined && !(legacy && first.summary.startsWith('From '))) this.queue(group);
        group = [];
      };
      for (const event of store.iterateHistory()) {
        if (event.seq <= sentSeq) continue;
        if (event.seq > upTo) continue;
        if (group.length > 0 && group[0]!.actionId !== event.actionId) flush();
        group.push(event);
      }
      flush();
    }
    // From here on the journal says which actions came from elsewhere: the summary's wording no longer counts.
    await this.step(() => this.saveSentSeq(sentSeq));
  }

  /** Writes every record the store holds that the local database has not seen (first start), or catches up. */
  async seed(): Promise<void> {
    const done = await this.deps.local.get(SEEDED).catch(() => null);
    if (done) return this.catchUp();
    const store = this.deps.store();
    // Every kind the history knows, from one list (a kind added there is seeded too).
    const all = store.allRecords();
    const cipher = this.deps.cipher();
    const added = cipher ? await cipher.encrypt('Added') : 'Added';
    for (let start = 0; start < all.length; start += 1000) {
      const batch = all.slice(start, start + 1000);
      const existing = await this.readDocs(batch.map((r) => recordDocId(r.entity, r.id)));
      const docs: RecordDoc[] = [];
      for (const r of batch) {
        const id = recordDocId(r.entity, r.id);
        if (existing.has(id)) continue;
        const doc = await seedDoc(r, this.deps.device, added, cipher);
        this.clock.observe(doc.by.hlc);
        docs.push(doc);
      }
      if (docs.length > 0) await this.deps.local.bulkDocs(docs);
    }
    await this.deps.local.put({ _id: SEEDED, at: this.deps.wallClock() });
    await this.saveSentSeq(store.revision);
  }

  /** With encryption on, the first time: every plain document sealed again (how many); without, the pass is forgotten. */
  sealOnce(): Promise<number> {
    return this.step(async () => {
      const cipher = this.deps.cipher();
      const done = await this.deps.local.get(SEALED).catch(() => null);
      if (!cipher) {
        if (done) await this.deps.local.bulkDocs([{ _id: SEALED, _rev: done._rev, _deleted: true }]);
        return 0;
      }
      if (done) return 0;
      const count = await sealReplica(this.deps.local, cipher);
      await this.deps.local.put({ _id: SEALED, at: this.deps.wallClock() });
      return count;
    });
  }

  /** Follows the local database's changes (replicated ones and this computer's own). */
  async follow(): Promise<void> {
    const checkpoint = await this.deps.local.get(INBOUND).catch(() => null);
    this.feed = this.deps.local.changes({ since: (checkpoint?.['seq'] as number | string | undefined) ?? 0, live: true });
    this.feed.on('change', (change: { id: string; seq: number | string }) => {
      if (change.id.startsWith('_')) return;
      this.dirty.add(change.id);
      this.lastSeq = change.seq;
      this.schedule();
    });
  }

  stopFollowing(): void {
    this.feed?.cancel();
    this.feed = null;
  }

  /** Gathers the feed's changes into batches (incoming-batch.ts), then takes them in as one step. */
  private readonly batch = new IncomingBatch(
    () => void this.step(() => this.processIncoming()),
    () => this.dirty.size,
  );

  private schedule(): void {
    this.onActivity();
    this.batch.changed();
  }

  private async processIncoming(): Promise<void> {
    // Only what was gathered: changes arriving meanwhile wait for their own batch, rather than
    // being taken in a trickle at a time (each batch is one durable store write).
    const seq = this.lastSeq;
    const taken = [...this.dirty];
    this.dirty.clear();
    for (let start = 0; start < taken.length; start += 1_000) await this.applyIncoming(taken.slice(start, start + 1_000));
    await this.saveCheckpoint(seq);
    this.onActivity();
  }

  private async saveCheckpoint(seq: number | string): Promise<void> {
    const previous = await this.deps.local.get(INBOUND).catch(() => null);
    await this.deps.local.put({ _id: INBOUND, _rev: previous?._rev, seq }).catch(() => undefined);
  }

  private async applyIncoming(ids: readonly string[]): Promise<void> {
    const rows = await this.deps.local.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
    const cipher = this.deps.cipher();
    if (cipher)
      await sealDocs(
        this.deps.local,
        rows.rows.flatMap((r) => (r.doc ? [r.doc] : [])),
        cipher,
      );
    const ready: { doc: RecordDoc; note: string }[] = [];
    for (const row of rows.rows) {
      if (!('doc' in row) || !row.doc) continue;
      const raw = row.doc as PouchDoc;
      if (raw._id === REMINDER_ROLE_ID) {
        this.deps.onReminderRole?.();
        continue;
      }
      if (raw._id.startsWith('delivery:')) {
        if (raw.dev !== this.deps.device.id) this.remoteDelivery(raw._id);
        continue;
      }
      const parsed = RecordDocSchema.safeParse(raw);
      if (!parsed.success) continue;
      let doc = parsed.data;
      let note = '';
      if (raw._conflicts && raw._conflicts.length > 0) {
        const resolved = await resolveConflict(this.deps.local, doc, raw._conflicts, cipher);
        doc = resolved.doc;
        note = resolved.note;
      }
      try {
        ready.push({ doc: await openDoc(doc, cipher), note });
      } catch (error) {
        this.deps.warn('sync: a record could not be decrypted', { id: raw._id, error: String(error) });
      }
    }
    for (const { doc } of ready) {
      for (const register of Object.values(doc.fields)) this.clock.observe(register.hlc);
      if (doc.deleted) this.clock.observe(doc.deleted.hlc);
      if (this.pendingOut.has(doc._id)) continue;
      const acts = this.actsOf(doc._id);
      for (const [field, register] of Object.entries(doc.fields)) acts.set(field, register.dev === this.deps.device.id ? register.act : `${register.dev}:${register.act}`);
    }
    await this.deps.run(() => this.applyToStore(ready));
  }

  private remoteDelivery(id: string): void {
    const rest = id.slice('delivery:'.length);
    const colon = rest.indexOf(':');
    if (colon > 0) this.deps.onRemoteDelivery(rest.slice(0, colon), rest.slice(colon + 1));
  }

  /** In the call queue: one non-undoable store action per remote action. */
  private applyToStore(ready: readonly { doc: RecordDoc; note: string }[]): void {
    const store = this.deps.store();
    const groups = new Map<string, { changes: Change[]; by: InboundChange['by'] }>();
    for (const { doc, note } of ready) {
      if (this.pendingOut.has(doc._id)) continue;
      const current = store.currentRecord(doc.entity, doc.id, doc.applicationId);
      let inbound: InboundChange | null;
      try {
        inbound = storeChangeFor(doc, current ?? null, note);
      } catch (error) {
        // One unreadable record (another passphrase, a damaged value) never holds back the others.
        this.deps.warn('sync: a record from another computer could not be read', { id: doc._id, error: String(error) });
        continue;
      }
      if (!inbound) continue;
      const key = `${inbound.by.dev}:${inbound.by.act}`;
      const group = groups.get(key) ?? { changes: [], by: inbound.by };
      // Applications before their interviews and follow-ups, so children find their parent.
      if (inbound.change.entity === 'application') group.changes.unshift(inbound.change);
      else group.changes.push(inbound.change);
      groups.set(key, group);
    }
    this.applyingRemote = true;
    try {
      const actions = [...groups.values()].map(({ changes, by }) => ({ summary: `From ${by.name}: ${by.summary}`, undoable: false, keepPositions: true, fromDevice: by.dev, changes }));
      store.commitMany(actions, (_action, error) => this.deps.warn('sync: a change from another computer was refused', { error: String(error) }));
    } catch (error) {
      this.deps.warn('sync: changes from another computer could not be written', { error: String(error) });
    } finally {
      this.applyingRemote = false;
    }
  }

  /** The synced history: every computer's action documents this replica holds, in stamp order. */
  syncedHistory(): Promise<SyncedAction[]> {
    return readSyncedHistory(this.deps.local, this.deps.cipher());
  }

  /** Undo after a merge: only fields the undone action still holds are reverted (see the table). */
  filterUndo(undoneActionId: string, changes: Change[]): { changes: Change[]; kept: string[] } {
    const store = this.deps.store();
    const kept = new Set<string>();
    const result = changes.map((change) => {
      const acts = this.fieldActs.get(recordDocId(change.entity, change.id));
      const current = store.currentRecord(change.entity, change.id, change.applicationId) as Record<string, unknown> | null;
      if (!acts || current === null || current === undefined || change.after === null) return change;
      const after = { ...(change.after as Record<string, unknown>) };
      for (const field of new Set([...Object.keys(after), ...Object.keys(current)])) {
        const owner = acts.get(field);
        if (owner === undefined || owner === undoneActionId) continue;
        if (canonicalJson(after[field]) === canonicalJson(current[field])) continue;
        kept.add(field);
        if (field in current) after[field] = current[field];
        else delete after[field];
      }
      return { ...change, after };
    });
    return { changes: result, kept: [...kept] };
  }
}
