import type { HistoryKind } from '../../../../shared/domain';
import type { Change } from '../../store/change';
import type { RecordCipher } from '../sync-port';
import type { PouchDatabase } from './pouch';
import { mergeRecordDocs, recordView, RecordDocSchema, type RecordDoc } from './record-doc';

/**
 * In: what a merged record document asks of this computer's store.
 *
 * | the document says    | the store holds        | change made (non-undoable, through the store's write path) |
 * |----------------------|------------------------|------------------------------------------------------------|
 * | live, same value     | that value             | none (this computer's own write coming back, or already applied) |
 * | live                 | nothing                | created                                                    |
 * | live, other stage    | the card               | moved                                                      |
 * | live, archived flips | the card               | archived / unarchived                                      |
 * | live, other value    | the record             | updated                                                    |
 * | deleted              | the record             | deleted                                                    |
 * | deleted or absent    | nothing                | none                                                       |
 *
 * Summaries name the computer: "From Laptop: Moved Globex to Interviewing". A record brought back
 * by an edit its deleter had not seen says so.
 */

/**
 * The document with every value readable: sealed values decrypted when records are encrypted;
 * values still in plain (sent before encryption was switched on) read as they are.
 */
export async function openDoc(doc: RecordDoc, cipher: RecordCipher | null): Promise<RecordDoc> {
  if (!cipher) return doc;
  const open = async (text: string) => (cipher.isSealed(text) ? cipher.decrypt(text) : text);
  const fields: RecordDoc['fields'] = {};
  for (const [name, register] of Object.entries(doc.fields)) {
    fields[name] = register.v === undefined ? register : { ...register, v: await open(register.v) };
  }
  return { ...doc, fields, by: { ...doc.by, summary: doc.by.summary === '' ? '' : await open(doc.by.summary) } };
}

/** JSON with object keys sorted: two records are equal when their texts are. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

export interface InboundChange {
  change: Change;
  /** Who wrote the document last, and the action it came from there. */
  by: RecordDoc['by'];
}

export function storeChangeFor(doc: RecordDoc, current: unknown, conflictNote: string): InboundChange | null {
  const view = recordView(doc);
  const after = view.state === 'live' ? view.value : null;
  if (after === null && (current === null || current === undefined)) return null;
  if (after !== null && current !== null && current !== undefined && canonicalJson(after) === canonicalJson(current) && conflictNote === '') return null;
  const kind = kindOf(doc, current, after);
  const revived = view.state === 'live' && view.revived && (current === null || current === undefined);
  const what = revived ? `Brought back${doc.entity === 'application' ? ' archived' : ''}: it was deleted on one computer while another changed it` : doc.by.summary;
  return {
    change: {
      entity: doc.entity,
      kind,
      id: doc.id,
      applicationId: doc.applicationId,
      after,
      summary: `From ${doc.by.name}: ${what}${conflictNote}`.slice(0, 500),
    },
    by: doc.by,
  };
}

function kindOf(doc: RecordDoc, current: unknown, after: Record<string, unknown> | null): HistoryKind {
  if (after === null) return 'deleted';
  if (current === null || current === undefined) return 'created';
  if (doc.entity !== 'application') return 'updated';
  const before = current as Record<string, unknown>;
  if (before['archived'] !== after['archived']) return after['archived'] ? 'archived' : 'unarchived';
  if (before['stageId'] !== after['stageId']) return 'moved';
  return 'updated';
}

/**
 * What a resolved conflict kept, for the History: each field whose revisions disagreed, with the
 * value kept and the one dropped ("stageId kept "offer" (Laptop) over "applied" (Desktop)").
 */
export function conflictNote(revisions: readonly RecordDoc[], merged: RecordDoc): string {
  const names = new Map(revisions.map((r) => [r.by.dev, r.by.name]));
  const parts: string[] = [];
  for (const [field, kept] of Object.entries(merged.fields)) {
    const dropped = revisions.map((r) => r.fields[field]).find((r) => r !== undefined && r.v !== kept.v);
    if (!dropped) continue;
    const show = (v: string | undefined) => (v === undefined ? 'nothing' : v.length > 60 ? `${v.slice(0, 57)}…` : v);
    parts.push(`${field} kept ${show(kept.v)} (${names.get(kept.dev) ?? 'another computer'}) over ${show(dropped.v)} (${names.get(dropped.dev) ?? 'another computer'})`);
  }
  return parts.length === 0 ? '' : ` — conflict resolved: ${parts.join('; ')}`;
}

/**
 * The resolver's write: the merged revision on the winner, the losing revisions removed. Returns
 * the merged record readable, and what the History says about the conflict.
 */
export async function resolveConflict(local: PouchDatabase, winner: RecordDoc, losers: readonly string[], cipher: RecordCipher | null): Promise<{ doc: RecordDoc; note: string }> {
  const revisions: RecordDoc[] = [winner];
  for (const rev of losers) {
    const loser = await local.get(winner._id, { rev }).catch(() => null);
    const parsed = RecordDocSchema.safeParse(loser);
    if (parsed.success) revisions.push(parsed.data);
  }
  const opened = await Promise.all(revisions.map((r) => openDoc(r, cipher).catch(() => r)));
  const mergedPlain = mergeRecordDocs(opened);
  const note = conflictNote(opened, mergedPlain);
  const mergedSealed = mergeRecordDocs(revisions);
  const merged: RecordDoc = { ...mergedSealed, _rev: winner._rev };
  const removals = losers.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true }));
  const same = canonicalJson({ ...winner, _rev: undefined }) === canonicalJson({ ...mergedSealed, _rev: undefined });
  await local.bulkDocs([...(same ? [] : [merged]), ...removals]);
  return { doc: { ...mergedPlain, _rev: winner._rev }, note };
}
