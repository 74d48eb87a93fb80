import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * Keys made from the user's passphrase, and AES-256-GCM sealing with them. One place for both the
 * setup code and the records' end-to-end encryption, so the work factor and the format are one rule.
 *
 * | rule                   | value                                                               |
 * |------------------------|---------------------------------------------------------------------|
 * | key derivation         | scrypt (RFC 7914), N = 2^17, r = 8, p = 1, 32-byte key — OWASP's    |
 * |                        | recommended minimum for scrypt; ~128 MiB and a fraction of a second |
 * | salt                   | 16 random bytes, new for each setup code and each encrypted search  |
 * | cipher                 | AES-256-GCM, 12-byte random nonce, 16-byte tag (NIST SP 800-38D)    |
 * | sealed form            | nonce ‖ ciphertext ‖ tag                                            |
 * | additional data        | names what the text is for, so a sealed record never opens as a     |
 * |                        | setup code (or the other way round)                                 |
 * | wrong key, any change  | the tag does not match: `null`, never a partly decrypted text       |
 * | empty passphrase       | refused before deriving (nothing would protect the data)            |
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1, keyLength: 32, maxmem: 256 * 1024 * 1024 } as const;
export const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type Purpose = 'hearback-setup-code-v1' | 'hearback-record-v1';

/** At least this many characters: a passphrase guards the server password and, with encryption, every record. */
export const MIN_PASSPHRASE_LENGTH = 8;

export function newSalt(): Uint8Array {
  return randomBytes(SALT_BYTES);
}

/** The 32-byte key for this passphrase and salt (the same on every computer). */
export function deriveKey(passphrase: string, salt: Uint8Array): Promise<Buffer> {
  if (passphrase.length === 0) return Promise.reject(new Error('A passphrase is required.'));
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: SCRYPT.maxmem }, (error, key) => (error ? reject(error) : resolve(key))));
}

export function seal(key: Uint8Array, purpose: Purpose, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The plain bytes, or null when the key is not the one it was sealed with or anything was changed. */
export function open(key: Uint8Array, purpose: Purpose, sealed: Uint8Array): Buffer | null {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  const bytes = Buffer.from(sealed);
  const nonce = bytes.subarray(0, NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(purpose, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}
