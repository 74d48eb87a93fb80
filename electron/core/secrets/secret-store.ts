import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileDurable } from '../store/durable-fs';

/**
 * Where Hearback keeps what must stay secret — mail passwords, calendar feed URLs (a feed URL is
 * a password: whoever has it reads the calendar). One port for every feature that connects to the
 * user's own servers, so none of them decides on its own where a secret may be written.
 *
 * | host                      | kept                                             | `persistent` |
 * |---------------------------|--------------------------------------------------|--------------|
 * | desktop, OS keychain      | encrypted by Electron's safeStorage in a file     | true         |
 * |   beside the data folder  |   (`secrets.json`, 0600), never in plain text     |              |
 * | desktop, no keychain      | in memory for this run only (Linux without a      | false        |
 * |   (safeStorage unusable)  |   secret service: safeStorage would store it in   |              |
 * |                           |   the clear), and the app says so                 |              |
 * | browser mode              | in memory for this run only, and the app says so  | false        |
 *
 * Secrets are never logged, never exported, never sent anywhere but to the server they are for.
 */
export interface SecretStore {
  /** Whether secrets survive a restart. */
  readonly persistent: boolean;
  /** Why they do not, in a sentence for the user (null when they do). */
  readonly notPersistentReason: string | null;
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** Every key with the given prefix (e.g. all of one account's secrets, to delete them). */
  keys(prefix?: string): string[];
}

/** Kept in this process only: gone when it exits. */
export function memorySecretStore(reason: string): SecretStore {
  const values = new Map<string, string>();
  return {
    persistent: false,
    notPersistentReason: reason,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    delete: (key) => void values.delete(key),
    keys: (prefix = '') => [...values.keys()].filter((k) => k.startsWith(prefix)),
  };
}

/** The OS's encryption (Electron's safeStorage in the desktop app). */
export interface SecretCipher {
  encrypt(plain: string): Uint8Array;
  decrypt(encrypted: Uint8Array): string;
}

const SecretFileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string().max(1_000_000)) }).strict();

/**
 * Secrets encrypted one by one with `cipher` and kept in `path` (base64 of the ciphertext). The
 * file is rewritten whole through the store's durable writer on each change — it holds a handful
 * of entries. A file that cannot be read or decrypted (another user's keychain, a damaged file)
 * reads as empty: the user is asked to sign in again, nothing else breaks.
 */
export function encryptedFileSecretStore(path: string, cipher: SecretCipher): SecretStore {
  let encrypted: Record<string, string> = {};
  if (existsSync(path)) {
    try {
      encrypted = SecretFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).secrets;
    } catch {
      encrypted = {};
    }
  }
  const save = () => writeFileDurable(path, JSON.stringify({ version: 1, secrets: encrypted }));
  return {
    persistent: true,
    notPersistentReason: null,
    get(key) {
      const value = encrypted[key];
      if (value === undefined) return null;
      try {
        return cipher.decrypt(Buffer.from(value, 'base64'));
      } catch {
        return null;
      }
    },
    set(key, value) {
      encrypted = { ...encrypted, [key]: Buffer.from(cipher.encrypt(value)).toString('base64') };
      save();
    },
    delete(key) {
      if (!(key in encrypted)) return;
      const { [key]: _removed, ...rest } = encrypted;
      encrypted = rest;
      save();
    },
    keys: (prefix = '') => Object.keys(encrypted).filter((k) => k.startsWith(prefix)),
  };
}

export const BROWSER_MODE_SECRETS_REASON = 'In browser mode passwords and private links are kept in memory for this run only; you will be asked again after a restart.';
