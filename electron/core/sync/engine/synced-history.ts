import type { RecordCipher } from '../sync-port';
import type { PouchDatabase } from './pouch';

/** One action as the synced history lists it: any computer's, from its `action:` document. */
export interface SyncedAction {
  hlc: string;
  device: string;
  action: string;
  summary: string;
}

/**
 * Every action document the replica holds, in stamp order (their ids sort by HLC). A summary
 * sealed under another key reads as empty; one sent in plain before encryption reads as it is.
 */
export async function readSyncedHistory(local: PouchDatabase, cipher: RecordCipher | null): Promise<SyncedAction[]> {
  const rows = await local.allDocs({ startkey: 'action:', endkey: 'action:\ufff0', include_docs: true });
  const history: SyncedAction[] = [];
  for (const row of rows.rows) {
    const doc = row.doc;
    if (!doc || typeof doc['act'] !== 'string') continue;
    const sealed = String(doc['summary']);
    const summary = cipher?.isSealed(sealed) ? await cipher.decrypt(sealed).catch(() => '') : sealed;
    history.push({ hlc: String(doc['hlc']), device: String(doc['dev']), action: doc['act'], summary });
  }
  return history;
}
