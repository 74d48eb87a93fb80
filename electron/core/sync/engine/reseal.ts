import type { RecordCipher } from '../sync-port';
import type { PouchDatabase, PouchDoc } from './pouch';

/**
 * Encryption switched on for a job search whose documents went out in plain: each one that still
 * holds plain contents is written again sealed, as a new revision, so the server's current
 * documents hold none. (Its older revisions keep the plain text until the server is compacted —
 * something only its administrator may do; the user is told.)
 *
 * | document                | sealed again                                                      |
 * |-------------------------|-------------------------------------------------------------------|
 * | record (`<entity>:<id>`) | each field value in plain, and the last writer's summary (`by.summary`) |
 * | action (`action:…`)     | its summary                                                       |
 * | delivery claim, `_local` | nothing (no contents of the user's: ids, device and time only)    |
 * | already sealed          | left as it is (no new revision)                                   |
 *
 * Plain or sealed is told by the cipher's sealed form (`isSealed`), never by trying a key: a value
 * sealed under another passphrase is not sealed twice.
 */

/** The document with its plain contents sealed, or null when it has none. */
export async function sealedAgain(doc: PouchDoc, cipher: RecordCipher): Promise<PouchDoc | null> {
  const plain = (text: unknown): text is string => typeof text === 'string' && text !== '' && !cipher.isSealed(text);
  if (doc['type'] === 'action') return plain(doc['summary']) ? { ...doc, summary: await cipher.encrypt(doc['summary']) } : null;
  if (doc['type'] !== 'record') return null;
  let changed = false;
  const fields: Record<string, Record<string, unknown>> = {};
  for (const [name, register] of Object.entries((doc['fields'] ?? {}) as Record<string, Record<string, unknown>>)) {
    if (plain(register['v'])) {
      fields[name] = { ...register, v: await cipher.encrypt(register['v']) };
      changed = true;
    } else fields[name] = register;
  }
  const by = (doc['by'] ?? {}) as Record<string, unknown>;
  const summary = plain(by['summary']) ? await cipher.encrypt(by['summary']) : by['summary'];
  if (summary !== by['summary']) changed = true;
  return changed ? { ...doc, fields, by: { ...by, summary } } : null;
}

/** Writes sealed revisions of those documents that hold plain contents; returns how many. A 409 (changed meanwhile) is left: the newer revision comes round through the changes feed. */
export async function sealDocs(local: PouchDatabase, docs: readonly PouchDoc[], cipher: RecordCipher): Promise<number> {
  const sealed: PouchDoc[] = [];
  for (const doc of docs) {
    if (doc._id.startsWith('_') || doc._deleted) continue;
    const again = await sealedAgain(doc, cipher);
    if (again) sealed.push(again);
  }
  if (sealed.length === 0) return 0;
  const results = await local.bulkDocs(sealed);
  return results.filter((r) => 'ok' in r).length;
}

const PAGE = 500;

/** Every document of the local database, page by page, sealed again where plain; returns how many. */
export async function sealReplica(local: PouchDatabase, cipher: RecordCipher): Promise<number> {
  let count = 0;
  let startkey: string | undefined;
  for (;;) {
    const page = await local.allDocs({ include_docs: true, limit: PAGE + 1, ...(startkey === undefined ? {} : { startkey }) });
    const rows = page.rows.slice(0, PAGE);
    count += await sealDocs(
      local,
      rows.flatMap((r) => (r.doc ? [r.doc] : [])),
      cipher,
    );
    const next = page.rows[PAGE];
    if (!next) return count;
    startkey = next.id;
  }
}

/**
 * What the user is told after documents were sealed again, in plain words:
 *
 * | plain documents went to                        | told                                                  |
 * |------------------------------------------------|-------------------------------------------------------|
 * | this database (or none known)                  | its older revisions stay readable until the server is compacted (by whoever runs it) |
 * | another database (sync set up again elsewhere) | that database still holds them unencrypted: delete it once no computer syncs with it |
 */
export function resealedNotice(database: string, previousDatabase: string | null): { code: string; message: string } {
  if (previousDatabase !== null && previousDatabase !== database)
    return {
      code: 'sync-resealed',
      message: `Your records are now encrypted on the sync server. The database this computer synced with before, “${previousDatabase}”, still holds them unencrypted: once no computer syncs with it, ask whoever runs the server to delete it.`,
    };
  return {
    code: 'sync-resealed',
    message: `Your records on the sync server are now encrypted. The server still keeps older copies of what was sent before, readable, until it is compacted; Hearback cannot do that for you: ask whoever runs the server to compact the database “${database}”.`,
  };
}
