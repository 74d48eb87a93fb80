import { HistoryEntitySchema, type HistoryEntity } from '../../../../shared/domain';
import { stampOrder, type Stamp } from './hlc';
import { z } from 'zod';

/**
 * One record of the job search as a replicated document (`<entity>:<id>`): each top-level field is
 * its own last-writer-wins register, and a delete is one more register. Generic over the store's
 * entity kinds (`HistoryEntitySchema`), so a kind added to the store syncs without a change here.
 *
 * Merging (the resolver's rules — the same on every computer, whatever order revisions arrive in):
 *
 * | what differs between revisions      | merged                                                                    |
 * |-------------------------------------|---------------------------------------------------------------------------|
 * | one field                           | the value with the latest stamp (HLC, then device id)                     |
 * | a follow-up's `deliveries`          | the union of both lists (one entry per occurrence, the earliest kept): a reminder shown on one computer is never forgotten by another |
 * | the delete register                 | the latest delete stamp                                                   |
 * | who wrote last (`by`)               | the one with the latest stamp                                             |
 *
 * Reading a merged document (`recordView`):
 *
 * | delete stamp vs the fields' stamps   | the record is                                                           |
 * |--------------------------------------|-------------------------------------------------------------------------|
 * | no delete                            | its fields                                                              |
 * | delete later than every field        | deleted                                                                 |
 * | a field edited later than the delete (an edit the deleting computer had not seen) | back, and an application comes back archived — unless its `archived` field itself was set after the delete |
 *
 * Merging is a per-key maximum, so it is commutative, associative and idempotent: computers that
 * have seen the same revisions hold the same record.
 */

export const FieldRegisterSchema = z.object({
  hlc: z.string(),
  dev: z.string(),
  /** The action (on the writing computer) that set it: undo reverts only fields its own action still holds. */
  act: z.string(),
  /** The value as JSON, or sealed text when records are encrypted; absent when the field was removed. */
  v: z.string().optional(),
});
export type FieldRegister = z.infer<typeof FieldRegisterSchema>;

export const RecordDocSchema = z.object({
  _id: z.string(),
  _rev: z.string().optional(),
  type: z.literal('record'),
  entity: HistoryEntitySchema,
  id: z.string(),
  applicationId: z.string().nullable(),
  fields: z.record(z.string(), FieldRegisterSchema),
  deleted: z.object({ hlc: z.string(), dev: z.string(), act: z.string() }).nullable(),
  by: z.object({ hlc: z.string(), dev: z.string(), name: z.string(), summary: z.string(), act: z.string() }),
});
export type RecordDoc = z.infer<typeof RecordDocSchema>;

export const recordDocId = (entity: HistoryEntity, id: string): string => `${entity}:${id}`;

const stampOf = (r: { hlc: string; dev: string }): Stamp => ({ hlc: r.hlc, device: r.dev });
/** The later of two registers; equal stamps (never issued twice by one computer, but possible in a damaged copy) fall back to the text, so the choice stays the same everywhere. */
const later = <T extends { hlc: string; dev: string }>(a: T, b: T): T => {
  const order = stampOrder(stampOf(a), stampOf(b));
  if (order !== 0) return order > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
};

/** Merges revisions of one record (see the table above). The result carries no `_rev`. */
export function mergeRecordDocs(revisions: readonly RecordDoc[]): RecordDoc {
  const [first, ...rest] = revisions;
  if (!first) throw new Error('mergeRecordDocs needs at least one revision');
  const fields: Record<string, FieldRegister> = { ...first.fields };
  let deleted = first.deleted;
  let by = first.by;
  for (const doc of rest) {
    for (const [name, register] of Object.entries(doc.fields)) {
      const mine = fields[name];
      fields[name] = !mine ? register : name === 'deliveries' && first.entity === 'followUp' ? unionDeliveries(mine, register) : later(mine, register);
    }
    if (doc.deleted) deleted = deleted ? later(deleted, doc.deleted) : doc.deleted;
    by = later(by, doc.by);
  }
  const sorted = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { _rev: _unused, ...base } = first;
  return { ...base, fields: sorted, deleted, by };
}

interface Delivery {
  occurrence: string;
  at: string;
}

/** Deliveries of two registers: one per occurrence (the earliest), in time order, at most 1,000. */
function unionDeliveries(a: FieldRegister, b: FieldRegister): FieldRegister {
  const winner = later(a, b);
  const lists = [a, b].map((r) => (r.v === undefined ? [] : parseDeliveries(r.v)));
  if (lists.some((l) => l === null)) return winner; // sealed (encrypted) values: merged after decrypting, not here
  const byOccurrence = new Map<string, Delivery>();
  for (const d of [...lists[0]!, ...lists[1]!]) {
    const seen = byOccurrence.get(d.occurrence);
    if (!seen || JSON.stringify(d) < JSON.stringify(seen)) byOccurrence.set(d.occurrence, d);
  }
  const union = [...byOccurrence.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.occurrence < y.occurrence ? -1 : 1)).slice(-1000);
  return { ...winner, v: JSON.stringify(union) };
}

function parseDeliveries(json: string): Delivery[] | null {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Delivery[]) : null;
  } catch {
    return null;
  }
}

export type RecordView =
  | { state: 'absent' }
  | { state: 'deleted' }
  /** `revived`: an edit later than a delete brought it back (archived, for an application). */
  | { state: 'live'; value: Record<string, unknown>; revived: boolean };

/** What a merged document means for the store (see the second table). Values are already plain JSON text. */
export function recordView(doc: RecordDoc): RecordView {
  const registers = Object.entries(doc.fields);
  if (registers.length === 0) return doc.deleted ? { state: 'deleted' } : { state: 'absent' };
  const latestEdit = registers.map(([, r]) => r).reduce((a, b) => later(a, b));
  if (doc.deleted && later(doc.deleted, latestEdit) === doc.deleted) return { state: 'deleted' };
  const value: Record<string, unknown> = {};
  for (const [name, register] of registers) if (register.v !== undefined) value[name] = JSON.parse(register.v);
  let revived = false;
  if (doc.deleted) {
    revived = true;
    const archived = doc.fields['archived'];
    const archivedAfterDelete = archived !== undefined && later(archived, doc.deleted) === archived && archived.hlc !== doc.deleted.hlc;
    if (doc.entity === 'application' && !archivedAfterDelete) value['archived'] = true;
  }
  return { state: 'live', value, revived };
}

/** The fields whose values differ between two versions of a record (all of them on create). */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const names = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...names].filter((name) => before === null || JSON.stringify(b[name]) !== JSON.stringify(a[name]));
}
