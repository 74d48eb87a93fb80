import { z } from 'zod';
import { LocalStateFile } from '../../data-folder/local-state';
import type { DurableLocalStateEngine } from '../../data-folder/local-state-engine';

/**
 * `sync.json`: where this computer syncs to — its own state, never synced, never in the journal,
 * never exported. Passwords and key material are not here but in the secret store (`SYNC_SECRET`).
 *
 * | field              | meaning                                                                       |
 * |--------------------|-------------------------------------------------------------------------------|
 * | connection         | null: this computer does not sync                                             |
 * |   serverUrl        | the server's base URL in its one form (http(s), no credentials, ends in `/`)   |
 * |   database         | the job search's database                                                     |
 * |   username         | the member user (its password: secret `sync.password`)                        |
 * |   reach            | `own-network` when the user said the server is on their own network            |
 * |   deviceId / Name  | this computer, as other computers' history names it ("From Laptop: …")          |
 * |   reminderComputer | whether this computer notifies while offline (default: the one that set up)    |
 * |   encryptionSalt   | records encrypted end to end (the key: secret `sync.recordKey`); null: not     |
 * | pendingSeed        | the names a setup in progress uses, so a retry after a failure reuses the     |
 * |                    | same database and user instead of leaving a second one on the server           |
 *
 * Missing fields in an older file take their defaults; a damaged file is kept aside (local-state.ts)
 * and sync starts unconfigured, with a notice.
 */
export const SYNC_FILE = 'sync';

/** `deviceId`: the id this computer syncs as, kept outside the data folder so a copied folder is told apart (sync-setup.ts). */
export const SYNC_SECRET = { password: 'sync.password', recordKey: 'sync.recordKey', deviceId: 'sync.deviceId' } as const;

export const SyncConnectionRecordSchema = z
  .object({
    serverUrl: z.string().max(2048),
    database: z.string().max(238),
    username: z.string().max(200),
    reach: z.enum(['public', 'own-network']),
    deviceId: z.string().min(1).max(64),
    deviceName: z.string().max(80),
    reminderComputer: z.boolean(),
    encryptionSalt: z.string().max(64).nullable(),
    setUpAt: z.string().max(40),
  })
  .strict();
export type SyncConnectionRecord = z.infer<typeof SyncConnectionRecordSchema>;

export const SyncFileSchema = z
  .object({
    version: z.literal(1),
    connection: SyncConnectionRecordSchema.nullable().default(null),
    pendingSeed: z.string().max(64).nullable().default(null),
  })
  .strict();
export type SyncFile = z.infer<typeof SyncFileSchema>;

export const emptySyncFile = (): SyncFile => ({ version: 1, connection: null, pendingSeed: null });

export type StoredSyncFile = LocalStateFile<typeof SyncFileSchema>;

export function openSyncFile(dataDir: string, engine?: DurableLocalStateEngine): StoredSyncFile {
  return new LocalStateFile({ dir: dataDir, name: SYNC_FILE, schema: SyncFileSchema, empty: emptySyncFile, ...(engine ? { engine } : {}) });
}
