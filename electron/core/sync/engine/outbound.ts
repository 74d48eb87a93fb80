import type { HistoryEntity, HistoryEvent } from '../../../../shared/domain';
import { formatHlc } from './hlc';
import type { RecordCipher } from '../sync-port';
import { changedFields, recordDocId, type FieldRegister, type RecordDoc } from './record-doc';

/**
 * Out: one committed action becomes one immutable action document and the record documents it
 * touched, each changed field stamped with the action's HLC and this computer's id.
 *
 * | in the action                  | written                                                              |
 * |--------------------------------|----------------------------------------------------------------------|
 * | a record created               | every field, stamped                                                 |
 * | a record changed               | only the fields whose values changed, stamped; the others keep their stamps (another computer's edit of another field survives) |
 * | a record deleted               | the delete register, stamped; the fields stay (an unseen later edit can still bring it back) |
 * | the action itself              | `action:<hlc>:<device>`: its summary, the records and fields it set, what it reverts — never rewritten |
 * | records encrypted end to end   | field values and summaries sealed with the connection's cipher; ids, field names, stamps and device names stay readable for replication |
 */

export interface Device {
  id: string;
  name: string;
}

export interface OutboundAction {
  hlc: string;
  events: readonly HistoryEvent[];
}

export interface ActionDoc {
  _id: string;
  type: 'action';
  hlc: string;
  dev: string;
  name: string;
  act: string;
  summary: string;
  reverts: string | null;
  records: { doc: string; kind: string; fields: string[] }[];
}

export const actionDocId = (hlc: string, device: string): string => `action:${hlc}:${device}`;

export async function sealValue(value: unknown, cipher: RecordCipher | null): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  return cipher ? cipher.encrypt(json) : json;
}

/**
 * The record documents an action writes, built on the current ones (`existing`, by id; missing
 * ones are new), and its action document.
 */
export async function documentsFor(action: OutboundAction, device: Device, existing: ReadonlyMap<string, RecordDoc>, cipher: RecordCipher | null): Promise<{ records: RecordDoc[]; action: ActionDoc }> {
  const first = action.events[0]!;
  const act = first.actionId;
  const touched = new Map<string, RecordDoc>();
  const listed: ActionDoc['records'] = [];
  for (const event of action.events) {
    const id = recordDocId(event.entity, event.entityId);
    const doc: RecordDoc = touched.get(id) ??
      structuredClone(existing.get(id)) ?? {
        _id: id,
        type: 'record',
        entity: event.entity,
        id: event.entityId,
        applicationId: event.applicationId,
        fields: {},
        deleted: null,
        by: { hlc: action.hlc, dev: device.id, name: device.name, summary: '', act },
      };
    doc.applicationId = event.applicationId ?? doc.applicationId;
    doc.by = { hlc: action.hlc, dev: device.id, name: device.name, summary: cipher ? await cipher.encrypt(event.summary) : event.summary, act };
    const fields = event.after === null ? [] : changedFields(event.before, event.after);
    if (event.after === null) doc.deleted = { hlc: action.hlc, dev: device.id, act };
    else {
      const after = event.after as Record<string, unknown>;
      for (const name of fields) {
        const register: FieldRegister = { hlc: action.hlc, dev: device.id, act };
        const v = await sealValue(after[name], cipher);
        if (v !== undefined) register.v = v;
        doc.fields[name] = register;
      }
    }
    touched.set(id, doc);
    listed.push({ doc: id, kind: event.kind, fields });
  }
  return {
    records: [...touched.values()],
    action: {
      _id: actionDocId(action.hlc, device.id),
      type: 'action',
      hlc: action.hlc,
      dev: device.id,
      name: device.name,
      act,
      summary: cipher ? await cipher.encrypt(first.summary) : first.summary,
      reverts: first.reverts,
      records: listed,
    },
  };
}

const GENESIS = formatHlc({ ms: 0, counter: 0 });

/**
 * A record the store held before the replica existed (the first start), as its document. Stages
 * and settings everyone starts with are stamped at the beginning of time: any computer's real
 * edit outranks a default. Other records are stamped with their own last change
 * (updatedAt/createdAt), not now: a replica rebuilt on this computer must not outrank newer edits
 * other computers made since.
 */
export async function seedDoc(r: { entity: HistoryEntity; id: string; applicationId: string | null; value: unknown }, device: Device, summary: string, cipher: RecordCipher | null): Promise<RecordDoc> {
  const own = r.value as { updatedAt?: unknown; createdAt?: unknown };
  const at = Date.parse(String(own.updatedAt ?? own.createdAt ?? ''));
  const hlc = r.entity === 'stage' || r.entity === 'settings' || !Number.isFinite(at) ? GENESIS : formatHlc({ ms: at, counter: 0 });
  const fields: RecordDoc['fields'] = {};
  for (const [name, value] of Object.entries(r.value as object)) {
    const v = await sealValue(value, cipher);
    fields[name] = v === undefined ? { hlc, dev: device.id, act: 'seed' } : { hlc, dev: device.id, act: 'seed', v };
  }
  return { _id: recordDocId(r.entity, r.id), type: 'record', entity: r.entity, id: r.id, applicationId: r.applicationId, fields, deleted: null, by: { hlc, dev: device.id, name: device.name, summary, act: 'seed' } };
}
