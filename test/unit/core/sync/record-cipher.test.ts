import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKey, newSalt } from '../../../../electron/core/sync/setup/passphrase-key';
import { recordCipher, recordCipherFromKey } from '../../../../electron/core/sync/setup/record-cipher';

describe('record cipher', () => {
  const salt = newSalt();
  const keyPromise = deriveKey('our shared passphrase', salt);

  it('round-trips any text and never shows it in the sealed form', async () => {
    const cipher = recordCipherFromKey(await keyPromise);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        const sealed = await cipher.encrypt(text);
        expect(sealed.startsWith('e1:')).toBe(true);
        if (text.length >= 4) expect(sealed).not.toContain(text);
        expect(await cipher.decrypt(sealed)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('seals the same text differently each time', async () => {
    const cipher = recordCipherFromKey(await keyPromise);
    expect(await cipher.encrypt('Globex — Interviewing')).not.toBe(await cipher.encrypt('Globex — Interviewing'));
  });

  it('gives the same key on another computer from the same passphrase and salt', async () => {
    const here = recordCipherFromKey(await keyPromise);
    const there = await recordCipher('our shared passphrase', salt);
    expect(await there.decrypt(await here.encrypt('{"company":"Globex"}'))).toBe('{"company":"Globex"}');
  });

  it('refuses another passphrase, another salt, or any change as wrong_passphrase', async () => {
    const here = recordCipherFromKey(await keyPromise);
    const sealed = await here.encrypt('{"company":"Globex"}');
    await expect((await recordCipher('our shared passphrasE', salt)).decrypt(sealed)).rejects.toMatchObject({ reason: 'wrong_passphrase' });
    await expect((await recordCipher('our shared passphrase', newSalt())).decrypt(sealed)).rejects.toMatchObject({ reason: 'wrong_passphrase' });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom(...'ABCxyz019-_=+/ :'), async (at, replacement) => {
        const index = at % sealed.length;
        fc.pre(sealed[index] !== replacement);
        const changed = sealed.slice(0, index) + replacement + sealed.slice(index + 1);
        await expect(here.decrypt(changed)).rejects.toMatchObject({ reason: 'wrong_passphrase' });
      }),
      { numRuns: 300 },
    );
    await expect(here.decrypt('{"company":"Globex"}')).rejects.toMatchObject({ reason: 'wrong_passphrase' });
  });

  it('tells a sealed text (under any key) from a plain one: every JSON value and any summary sent in plain', async () => {
    const here = recordCipherFromKey(await keyPromise);
    const other = await recordCipher('another passphrase', newSalt());
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string({ maxLength: 200 }), async (value, summary) => {
        const json = JSON.stringify(value);
        expect(here.isSealed(json)).toBe(false);
        fc.pre(!/^e1:[A-Za-z0-9_-]+$/.test(summary));
        expect(here.isSealed(summary)).toBe(false);
        expect(here.isSealed(await here.encrypt(json))).toBe(true);
        expect(here.isSealed(await other.encrypt(summary))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
