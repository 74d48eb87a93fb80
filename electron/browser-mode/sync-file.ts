import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SyncPorts } from '../core';

/**
 * `--sync-file PATH`: browser mode starts already syncing (end-to-end tests, trying sync without
 * the desktop app). The file names the server, the database, the member user and this computer;
 * it holds a password, so it is for test servers and the user's own use only.
 */
const SyncFileSchema = z
  .object({
    serverUrl: z.string().url(),
    database: z.string().min(1),
    username: z.string().min(1),
    password: z.string(),
    deviceId: z.string().min(1),
    deviceName: z.string().min(1).max(80),
    reach: z.enum(['public', 'own-network']).default('public'),
    reminderComputer: z.boolean().optional(),
  })
  .strict();

export function readSyncFile(path: string): SyncPorts {
  let parsed: z.infer<typeof SyncFileSchema>;
  try {
    parsed = SyncFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const why = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ') : String((error as Error).message);
    throw new Error(`The sync file ${path} could not be used: ${why}`);
  }
  const { deviceId, deviceName, reminderComputer, ...connection } = parsed;
  return { deviceId, deviceName, reminderComputer, connection: { ...connection, recordCipher: null } };
}
