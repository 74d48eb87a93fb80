import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKey, newSalt } from '../../../../electron/core/sync/setup/passphrase-key';
import { createSetupCode, decodeSetupCode, encodeSetupCode, openSealedPayload, openSetupCode, setupCodeQrSvg, SETUP_CODE_PREFIX, type SetupPayload } from '../../../../electron/core/sync/setup/setup-code';
import { SyncRefused } from '../../../../electron/core/sync/setup/sync-refused';

const payload: SetupPayload = {
  v: 1,
  serverUrl: 'http://127.0.0.1:5984/',
  database: 'hearback-job-search-3f2a',
  username: 'hearback-3f2a',
  password: 'Zk3-vq9…long',
  reach: 'own-network',
  encryptionSalt: null,
};

const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return error instanceof SyncRefused ? error.reason : `other: ${String(error)}`;
  }
  return 'opened';
};

const payloads = fc.record({
  v: fc.constant(1 as const),
  serverUrl: fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => u.length < 2000),
  database: fc.stringMatching(/^[a-z][a-z0-9_$()+/-]{0,60}$/),
  username: fc.string({ minLength: 1, maxLength: 200 }),
  password: fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
  reach: fc.constantFrom('public' as const, 'own-network' as const),
  encryptionSalt: fc.option(
    fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString('base64url')),
    { nil: null },
  ),
});

describe('setup code', () => {
  it('round-trips with the passphrase and refuses another passphrase with a specific reason', async () => {
    const code = await createSetupCode(payload, 'correct horse battery');
    expect(code.startsWith(SETUP_CODE_PREFIX)).toBe(true);
    expect(code).not.toContain(payload.password);
    expect(await openSetupCode(`  ${code}\n`, 'correct horse battery')).toEqual(payload);
    await expect(openSetupCode(code, 'correct horse batterY')).rejects.toMatchObject({ reason: 'wrong_passphrase' });
  });

  // One key for the properties: scrypt at its real work factor takes a fraction of a second each.
  const salt = newSalt();
  const keyPromise = deriveKey('a passphrase for the properties', salt);

  it('round-trips any payload', async () => {
    const key = await keyPromise;
    fc.assert(
      fc.property(payloads, (p) => {
        const { salt: s, sealed } = decodeSetupCode(encodeSetupCode(salt, key, p));
        expect(Buffer.from(s).equals(Buffer.from(salt))).toBe(true);
        expect(openSealedPayload(key, sealed)).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any single-character change, as a mistyped code (never a changed payload)', async () => {
    const key = await keyPromise;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ .+/=';
    fc.assert(
      fc.property(payloads, fc.nat(), fc.constantFrom(...alphabet), (p, at, replacement) => {
        const code = encodeSetupCode(salt, key, p);
        const index = at % code.length;
        fc.pre(code[index] !== replacement);
        const changed = code.slice(0, index) + replacement + code.slice(index + 1);
        const reason = reasonOf(() => {
          const { sealed } = decodeSetupCode(changed);
          return openSealedPayload(key, sealed);
        });
        // A space at either end is trimmed, which leaves a code one character short: refused too.
        expect(reason).toBe('bad_code');
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a code cut short, or with a character dropped', async () => {
    const key = await keyPromise;
    const code = encodeSetupCode(salt, key, payload);
    for (const cut of [code.slice(0, -1), code.slice(0, 20), code.slice(1), SETUP_CODE_PREFIX, '', code.slice(0, 30) + code.slice(31)]) {
      expect(reasonOf(() => decodeSetupCode(cut))).toBe('bad_code');
    }
  });

  it('is also a QR code, as SVG text without script', async () => {
    const svg = await setupCodeQrSvg(await createSetupCode(payload, 'correct horse battery'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });
});
