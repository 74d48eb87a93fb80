import type { RecordCipher } from '../sync-port';
import { deriveKey, open, seal } from './passphrase-key';
import { SyncRefused } from './sync-refused';

/**
 * End-to-end encryption of one record's contents (the engine keeps ids and clocks readable for
 * replication). Every computer of a search derives the same key from the passphrase and the
 * search's salt, kept in the setup code.
 *
 * | input                                 | result                                         |
 * |---------------------------------------|------------------------------------------------|
 * | any text, encrypt then decrypt        | the same text                                  |
 * | the same text twice                   | two different sealed texts (random nonce)      |
 * | sealed under another passphrase/salt  | `SyncRefused('wrong_passphrase')`              |
 * | not a sealed text, or changed at all  | `SyncRefused('wrong_passphrase')` — nothing partly decrypted |
 * | `isSealed`                            | true for the sealed form under any key; false for plain JSON and plain summaries |
 *
 * Sealed form: `e1:` + base64url(nonce ‖ ciphertext ‖ tag).
 */
const PREFIX = 'e1:';

const SEALED = /^e1:[A-Za-z0-9_-]+$/;

export function recordCipherFromKey(key: Uint8Array): RecordCipher {
  const keyCopy = Buffer.from(key);
  return {
    isSealed: (text) => SEALED.test(text),
    encrypt: (plain) => Promise.resolve(PREFIX + seal(keyCopy, 'hearback-record-v1', Buffer.from(plain, 'utf8')).toString('base64url')),
    decrypt(sealed) {
      if (!sealed.startsWith(PREFIX) || !/^[A-Za-z0-9_-]*$/.test(sealed.slice(PREFIX.length))) return Promise.reject(new SyncRefused('wrong_passphrase'));
      const plain = open(keyCopy, 'hearback-record-v1', Buffer.from(sealed.slice(PREFIX.length), 'base64url'));
      return plain === null ? Promise.reject(new SyncRefused('wrong_passphrase')) : Promise.resolve(plain.toString('utf8'));
    },
  };
}

export async function recordCipher(passphrase: string, salt: Uint8Array): Promise<RecordCipher> {
  return recordCipherFromKey(await deriveKey(passphrase, salt));
}
