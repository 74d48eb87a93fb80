import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { z } from 'zod';
import { deriveKey, newSalt, open, seal, SALT_BYTES } from './passphrase-key';
import { SyncRefused } from './sync-refused';

/**
 * The setup code a second computer joins with: everything it needs to reach the same database,
 * sealed under the passphrase, as one line of text (and the same text as a QR code).
 *
 * | part                | content                                                                 |
 * |---------------------|-------------------------------------------------------------------------|
 * | text                | `HB1-` + base64url(salt ‖ sealed ‖ check), no padding                   |
 * | salt                | 16 bytes, new for each code; the key is scrypt(passphrase, salt)        |
 * | sealed              | AES-256-GCM of the JSON payload below (passphrase-key.ts)               |
 * | check               | the first 4 bytes of SHA-256(salt ‖ sealed): a mistyped or cut code is  |
 * |                     | told apart from a wrong passphrase, before any key is derived           |
 * | payload             | server URL, database, member user and password, reach, the records'    |
 * |                     | encryption salt (or none) — parsed with `SetupPayloadSchema` on opening |
 *
 * | reading a code                             | result                                          |
 * |--------------------------------------------|-------------------------------------------------|
 * | spaces or line breaks around it            | ignored (copied from a chat or a PDF)           |
 * | not `HB1-`, a character outside base64url, | `bad_code`                                      |
 * |   not canonical base64url, too short, or   |                                                 |
 * |   the check does not match                 |                                                 |
 * | right code, wrong passphrase               | `wrong_passphrase`                              |
 * | opens, but the payload is not one          | `bad_code`                                      |
 */
export const SETUP_CODE_PREFIX = 'HB1-';
const CHECK_BYTES = 4;

export const SetupPayloadSchema = z
  .object({
    v: z.literal(1),
    serverUrl: z.url({ protocol: /^https?$/ }).max(2048),
    database: z
      .string()
      .regex(/^[a-z][a-z0-9_$()+/-]*$/)
      .max(238),
    username: z.string().min(1).max(200),
    password: z.string().min(1).max(500),
    reach: z.enum(['public', 'own-network']),
    /** base64url of the records' encryption salt; null when records travel unencrypted. */
    encryptionSalt: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .max(64)
      .nullable(),
  })
  .strict();
export type SetupPayload = z.infer<typeof SetupPayloadSchema>;

const check = (body: Uint8Array) => createHash('sha256').update(body).digest().subarray(0, CHECK_BYTES);

/** The text for a payload already sealed with `key` derived from `salt` (the derivation is the caller's). */
export function encodeSetupCode(salt: Uint8Array, key: Uint8Array, payload: SetupPayload): string {
  const body = Buffer.concat([salt, seal(key, 'hearback-setup-code-v1', Buffer.from(JSON.stringify(SetupPayloadSchema.parse(payload)), 'utf8'))]);
  return SETUP_CODE_PREFIX + Buffer.concat([body, check(body)]).toString('base64url');
}

/** The salt and sealed payload in a code's text, or `bad_code`. */
export function decodeSetupCode(text: string): { salt: Buffer; sealed: Buffer } {
  const code = text.trim();
  if (!code.startsWith(SETUP_CODE_PREFIX)) throw new SyncRefused('bad_code');
  const encoded = code.slice(SETUP_CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) throw new SyncRefused('bad_code');
  const bytes = Buffer.from(encoded, 'base64url');
  // Node ignores a last character's unused bits; only the one canonical spelling is a code.
  if (bytes.toString('base64url') !== encoded || bytes.length < SALT_BYTES + 28 + CHECK_BYTES) throw new SyncRefused('bad_code');
  const body = bytes.subarray(0, bytes.length - CHECK_BYTES);
  if (!check(body).equals(bytes.subarray(bytes.length - CHECK_BYTES))) throw new SyncRefused('bad_code');
  return { salt: body.subarray(0, SALT_BYTES), sealed: body.subarray(SALT_BYTES) };
}

/** The payload, given the key derived from the code's salt; throws `wrong_passphrase` or `bad_code`. */
export function openSealedPayload(key: Uint8Array, sealed: Uint8Array): SetupPayload {
  const plain = open(key, 'hearback-setup-code-v1', sealed);
  if (plain === null) throw new SyncRefused('wrong_passphrase');
  let json: unknown;
  try {
    json = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new SyncRefused('bad_code');
  }
  const parsed = SetupPayloadSchema.safeParse(json);
  if (!parsed.success) throw new SyncRefused('bad_code');
  return parsed.data;
}

export async function createSetupCode(payload: SetupPayload, passphrase: string): Promise<string> {
  const salt = newSalt();
  return encodeSetupCode(salt, await deriveKey(passphrase, salt), payload);
}

export async function openSetupCode(text: string, passphrase: string): Promise<SetupPayload> {
  const { salt, sealed } = decodeSetupCode(text);
  return openSealedPayload(await deriveKey(passphrase, salt), sealed);
}

/** The code as a QR image (SVG text, shown by the renderer as an image, never as markup). */
export function setupCodeQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
