import type { SyncView } from '../../../shared/contract';

export type SyncLine = { text: string; tone: 'ok' | 'busy' | 'warn' | 'error' | 'off' };

/**
 * The one sentence sync's status is said in — the app's chrome and Settings → Sync both use it.
 *
 * | situation                                   | says                                                        |
 * |---------------------------------------------|-------------------------------------------------------------|
 * | not set up                                  | Not syncing                                                 |
 * | set up, this build has no replication yet   | Sync is set up; this version of Hearback does not copy changes yet |
 * | set up, password kept for the last run only | Sync paused: this computer no longer has the sync password… |
 * | synced                                      | Synced (at <time> when known)                               |
 * | syncing, n waiting                          | Syncing n changes… / Syncing…                               |
 * | offline                                     | Offline since <time> — changes wait on this computer        |
 * | refused, per reason                         | Sync stopped: <the reason in plain words>                   |
 * | set up, engine not reporting yet            | Starting sync…                                              |
 */
const REFUSED: Record<NonNullable<SyncView['status']['reason']>, string> = {
  auth: 'the server does not accept this computer’s sync password. Leave sync and join again with a new setup code.',
  full: 'the sync server is full. Free space on it (or raise its quota); syncing carries on by itself.',
  unreachable: 'the sync server does not answer.',
  not_found: 'the job search’s database is gone from the sync server.',
  address_refused: 'the server is on your own network, and this computer was not told it may connect there.',
  wrong_passphrase: 'records arrive encrypted with another passphrase. Join again with the passphrase the other computers use.',
};

export function syncStatusLine(view: SyncView, formatTime: (ms: number) => string): SyncLine {
  const { connection, status } = view;
  if (connection === null) return { text: 'Not syncing', tone: 'off' };
  if (!view.engine) return { text: 'Sync is set up; this version of Hearback does not copy changes yet.', tone: 'warn' };
  if (!connection.passwordKept && status.state === 'off') return { text: 'Sync paused: this computer no longer has the sync password (it was kept for the last run only). Leave sync and join again with a setup code.', tone: 'warn' };
  switch (status.state) {
    case 'synced':
      return { text: status.lastSyncedAtMs === null ? 'Synced' : `Synced at ${formatTime(status.lastSyncedAtMs)}`, tone: 'ok' };
    case 'syncing':
      return { text: status.pending > 0 ? `Syncing ${status.pending} ${status.pending === 1 ? 'change' : 'changes'}…` : 'Syncing…', tone: 'busy' };
    case 'offline':
      return { text: status.offlineSinceMs === null ? 'Offline — changes wait on this computer' : `Offline since ${formatTime(status.offlineSinceMs)} — changes wait on this computer`, tone: 'warn' };
    case 'refused':
      return { text: `Sync stopped: ${REFUSED[status.reason ?? 'unreachable']}`, tone: 'error' };
    case 'off':
      return { text: 'Starting sync…', tone: 'busy' };
  }
}
