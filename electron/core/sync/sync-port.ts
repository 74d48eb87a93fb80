/**
 * The seam between the replication engine (how records travel: PouchDB, the record documents,
 * conflicts, reminder claims) and sync's setup and status (what the user configures and sees:
 * Settings → Sync, the setup code, encryption, the status line). Types only.
 */

/** Where this computer replicates to. The password is kept in the secret store, never here. */
export interface SyncConnection {
  /** The CouchDB server's base URL, e.g. `https://couch.example.net:6984/` (no credentials inside). */
  serverUrl: string;
  /** The database holding this job search. */
  database: string;
  username: string;
  password: string;
  /** Set when record contents are encrypted end to end (ids and clocks stay readable). */
  recordCipher: RecordCipher | null;
  /**
   * 'own-network' when the user said the server is on their own network (loopback, a NAS on a
   * private address); otherwise only public addresses are reached (the address rule, net/).
   */
  reach?: 'public' | 'own-network';
  /**
   * This computer as sync names it (kept in its `sync.json` from setup or join): the id its clocks
   * and claims carry, the name other computers' history shows ("From Laptop: …"), and whether it
   * notifies while offline. Changing the name or the role starts the engine again with the new one.
   */
  device?: { id: string; name: string; reminderComputer: boolean };
}

/** Encrypts one record's contents; the same passphrase and salt give the same key on every computer. */
export interface RecordCipher {
  encrypt(plain: string): Promise<string>;
  /** Throws `SyncRefusal` 'wrong_passphrase' when the text was not encrypted with this key. */
  decrypt(sealed: string): Promise<string>;
  /** Whether the text has the sealed form (under whatever key): anything else was sent in plain. */
  isSealed(text: string): boolean;
}

/** Something the engine did that the user should know about, in plain words. */
export interface SyncNotice {
  code: string;
  message: string;
}

/** Why the server or the engine refuses to go on; each is shown to the user in plain words. */
export type SyncRefusalReason =
  | 'auth' // wrong user or password (401/403)
  | 'full' // the server's disk or quota is full (507, or a write refused for space)
  | 'unreachable' // no answer (refused connection, DNS, timeout) — sync retries by itself
  | 'not_found' // the database is gone
  | 'address_refused' // the address rule refused the server (private address without "my own network")
  | 'wrong_passphrase'; // records arrive encrypted with another passphrase

export interface SyncStatus {
  state: 'off' | 'synced' | 'syncing' | 'offline' | 'refused';
  /** Changes waiting to go out or to be applied here. */
  pending: number;
  /** When the server was last reachable, while offline. */
  offlineSinceMs: number | null;
  reason: SyncRefusalReason | null;
  lastSyncedAtMs: number | null;
}

/**
 * One computer's claim of one reminder occurrence (`delivery:<followUpId>:<occurrence>` on the server):
 * accepted → this computer shows it; refused → another computer showed it (recorded here silently);
 * held → the reminder computer, awake, claimed it ahead and will show it (not recorded here, so the
 * reminder computer's own due moment still finds it undelivered, whatever the clocks say);
 * offline → the reminder-computer rule decides.
 */
export type DeliveryClaim = 'accepted' | 'refused' | 'held' | 'offline';

export interface SyncEngine {
  start(connection: SyncConnection): Promise<void>;
  stop(): Promise<void>;
  status(): SyncStatus;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  /**
   * Before an OS notification: accepted → show (this computer holds the claim, now or from ahead);
   * refused → another computer holds it; offline → the reminder-computer rule decides.
   */
  claimDelivery(followUpId: string, occurrenceKey: string): Promise<DeliveryClaim>;
  /** Notices for the user (e.g. records sealed after encryption was switched on). */
  onNotice?(listener: (notice: SyncNotice) => void): () => void;
  /**
   * This computer as its `sync.json` names it, told at core start before any `start`: what the
   * replica records while sync cannot start (no password kept) carries this id and name.
   */
  useDevice?(device: { id: string; name: string }): void;
  /** The reminder computer as the synced computers agree on it: whether it is this one, and its name when known. */
  reminderRole(): { here: boolean; holderName: string | null };
  /** Makes this computer the reminder computer (on), or — when it is — leaves the role to none (off). */
  setReminderRole(on: boolean): Promise<void>;
}
