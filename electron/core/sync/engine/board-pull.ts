import type { Emitter, PouchDatabase } from './pouch';

/**
 * The board before the history: a computer's first pull from a database brings the record
 * documents, then the live pull brings the rest (the `action:` documents, the history) and
 * everything after. A new computer's board is complete while its history still arrives.
 *
 * | the replica                                   | the pull                                                   |
 * |-----------------------------------------------|------------------------------------------------------------|
 * | has not pulled the board from this database   | one-shot, `doc_ids` = the server's ids outside `action:`; then live, everything |
 * | pulled it before (`_local/hearback-board`)    | live, everything, at once (as every start after the first) |
 * | the board pull fails or is stopped            | live, everything (it reports the status); the board pull is tried at the next start |
 *
 * Why `doc_ids`: the one filter CouchDB and pouchdb-server both serve (`_changes?filter=_doc_ids`).
 * A Mango `selector` is CouchDB 2+ only — pouchdb-server answers it 404 — and a filter function
 * would need a design document, which a member user may not write. The ids come from `_all_docs`
 * in two ranges around `action:` (CouchDB sorts `_all_docs` by raw id, as PouchDB does). The board
 * pull keeps no checkpoint: the live pull has its own.
 */
const BOARD_PULLED = '_local/hearback-board';
const PAGE = 10_000;

/** Every id on the server outside the history (`action:…`) and CouchDB's own (`_…`). */
export async function recordIdsOn(remote: PouchDatabase): Promise<string[]> {
  const ids: string[] = [];
  const range = async (startkey: string | undefined, endkey: string | undefined) => {
    let from = startkey;
    for (;;) {
      const page = await remote.allDocs({ limit: PAGE, ...(from === undefined ? {} : { startkey: from }), ...(endkey === undefined ? {} : { endkey }) });
      for (const row of page.rows) if (!row.id.startsWith('_') && !row.id.startsWith('action:')) ids.push(row.id);
      const last = page.rows.at(-1);
      if (page.rows.length < PAGE || !last) return;
      from = `${last.id}\u0000`;
    }
  };
  await range(undefined, 'action:');
  await range('action;', undefined);
  return ids;
}

export interface BoardPull {
  /** Resolves when the board is in (or could not be pulled now); true when the live pull may start. */
  done: Promise<boolean>;
  cancel(): void;
}

/**
 * Pulls the board once from `remote` into `local`, unless done before for `source` (the server and
 * database). `watch` is given the one-shot replication (for the status line).
 */
export function pullBoardFirst(local: PouchDatabase, remote: PouchDatabase, source: { server: string; database: string }, watch: (replication: Emitter) => void): BoardPull {
  const key = `${source.server} ${source.database}`;
  let cancelled = false;
  let running: Emitter | null = null;
  const done = (async () => {
    const before = await local.get(BOARD_PULLED).catch(() => null);
    if (before?.['source'] === key) return true;
    try {
      const ids = await recordIdsOn(remote);
      if (cancelled) return false;
      if (ids.length > 0) {
        const finished = await new Promise<boolean>((resolve) => {
          const replication = local.replicate.from(remote, { doc_ids: ids, batch_size: 500, checkpoint: false });
          running = replication;
          watch(replication);
          replication.on('complete', (info: { status?: string; ok?: boolean }) => resolve(info.status === 'complete' || info.ok === true));
          replication.on('error', () => resolve(false));
        });
        if (!finished || cancelled) return !cancelled;
      }
      await local.put({ _id: BOARD_PULLED, _rev: before?._rev, source: key, database: source.database });
    } catch {
      // Offline or refused: the live pull says so in the status, and the board pull waits for the next start.
    }
    return !cancelled;
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      (running as Emitter | null)?.cancel();
    },
  };
}

/** The database this replica last pulled its board from (null before any). */
export async function lastBoardDatabase(local: PouchDatabase): Promise<string | null> {
  const marker = await local.get(BOARD_PULLED).catch(() => null);
  return typeof marker?.['database'] === 'string' ? marker['database'] : null;
}
