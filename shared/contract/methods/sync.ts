import { z } from 'zod';
import { method } from '../define';

/** Why syncing stopped, as the status line words it (see sync-status-text in the renderer). */
export const SyncReasonSchema = z.enum(['auth', 'full', 'unreachable', 'not_found', 'address_refused', 'wrong_passphrase']);

export const SyncStatusSchema = z
  .object({
    state: z.enum(['off', 'synced', 'syncing', 'offline', 'refused']),
    pending: z.number().int().min(0),
    offlineSinceMs: z.number().nullable(),
    reason: SyncReasonSchema.nullable(),
    lastSyncedAtMs: z.number().nullable(),
  })
  .strict();
export type SyncStatusView = z.infer<typeof SyncStatusSchema>;

/** What Settings → Sync and the status line show. Never a password. */
export const SyncViewSchema = z
  .object({
    /** Null when this computer does not sync. */
    connection: z
      .object({
        serverUrl: z.string().max(2048),
        database: z.string().max(238),
        username: z.string().max(200),
        ownNetwork: z.boolean(),
        deviceName: z.string().max(80),
        /** Whether this computer is the reminder computer (the one that notifies while offline). */
        reminderComputer: z.boolean(),
        /** The reminder computer's name when another computer holds the role; null when unknown or none. */
        reminderComputerName: z.string().max(200).nullable(),
        encrypted: z.boolean(),
        /** False when the sync password was kept for this run only (browser mode, no keychain). */
        passwordKept: z.boolean(),
      })
      .strict()
      .nullable(),
    status: SyncStatusSchema,
    /** Whether a replication engine runs in this build (until it does, "configured" is as far as it goes). */
    engine: z.boolean(),
  })
  .strict();
export type SyncView = z.infer<typeof SyncViewSchema>;

const DeviceNameSchema = z.string().trim().min(1, 'Give this computer a name (e.g. Laptop).').max(80, 'Keep the name under 80 characters.');
const PassphraseSchema = z.string().min(8, 'The passphrase needs at least 8 characters.').max(1000);

export const SyncSetUpRequestSchema = z
  .object({
    serverUrl: z.string().trim().min(1, 'Enter the server’s address.').max(2048),
    adminUser: z.string().trim().min(1, 'Enter the server administrator’s name.').max(200),
    /** Used for setting up only; never kept. */
    adminPassword: z.string().min(1, 'Enter the server administrator’s password.').max(500),
    ownNetwork: z.boolean().default(false),
    deviceName: DeviceNameSchema,
    /** Records encrypted end to end with this passphrase; null to send them as they are. */
    encryptionPassphrase: PassphraseSchema.nullable(),
  })
  .strict();

export const syncMethods = {
  'sync.status': method(z.object({}).strict(), SyncViewSchema, { mutates: false }),
  /** Creates the database and its member on the server, keeps the connection, starts syncing. */
  'sync.setUp': method(SyncSetUpRequestSchema, SyncViewSchema, { mutates: false }),
  /** Joins with a setup code from another computer. */
  'sync.join': method(z.object({ code: z.string().trim().min(1, 'Paste the setup code.').max(4000), passphrase: z.string().min(1, 'Enter the passphrase.').max(1000), deviceName: DeviceNameSchema }).strict(), SyncViewSchema, {
    mutates: false,
  }),
  /** The code (and QR, as SVG text shown as an image) for the next computer, sealed with the passphrase. */
  'sync.setupCode': method(z.object({ passphrase: PassphraseSchema }).strict(), z.object({ code: z.string(), qrSvg: z.string() }).strict(), { mutates: false }),
  /** Stops syncing here and forgets the connection and its secrets (the server keeps its copy). */
  'sync.leave': method(z.object({}).strict(), SyncViewSchema, { mutates: false }),
  'sync.setReminderComputer': method(z.object({ on: z.boolean() }).strict(), SyncViewSchema, { mutates: false }),
  'sync.setDeviceName': method(z.object({ name: DeviceNameSchema }).strict(), SyncViewSchema, { mutates: false }),
};
