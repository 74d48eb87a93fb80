import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, undecodableCount } from '../../../../shared/import';

/** Bytes as each spreadsheet writes them (the encoders here are Node's, standing in for Excel's). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ '€': 0x80, '–': 0x96, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)));
const utf16le = (text: string, bom = true) => {
  const out = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return new Uint8Array(out);
};
const utf16be = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16());
const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'));

const GERMAN = 'Firma;Ort;Gehalt\r\nMüller & Söhne;München;73.000 €\r\n';

describe('character encodings', () => {
  // What the preview showed before: the bytes read as UTF-8 whatever they were.
  it('a Windows-1252 file read as UTF-8 is garbled (the problem)', () => {
    expect(new TextDecoder('utf-8').decode(windows1252(GERMAN))).toContain('M\uFFFDnchen');
  });

  it.each([
    ['Windows-1252 (Excel "CSV" in Western Europe)', windows1252(GERMAN), 'windows-1252', 'content'],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', utf8(GERMAN, true), 'utf-8', 'byte-order-mark'],
    ['UTF-8 without BOM (Google Sheets)', utf8(GERMAN), 'utf-8', 'content'],
    ['UTF-16 LE with BOM (Excel "Unicode text")', utf16le(GERMAN.replace(/;/g, '\t')), 'utf-16le', 'byte-order-mark'],
    ['UTF-16 BE with BOM', utf16be(GERMAN), 'utf-16be', 'byte-order-mark'],
    ['UTF-16 LE without BOM', utf16le(GERMAN, false), 'utf-16le', 'content'],
  ] as const)('%s is detected and read right', (_, bytes, encoding, by) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, by });
    const text = decodeText(bytes, encoding);
    expect(text).toContain('München');
    expect(text).toContain('73.000 €');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(undecodableCount(text)).toBe(0);
  });

  it('reads the same bytes again in the encoding the user picks', () => {
    const bytes = utf8(GERMAN);
    expect(decodeText(bytes, 'windows-1252')).toContain('MÃ¼nchen');
    expect(decodeText(bytes, 'utf-8')).toContain('München');
    // ü, ö, ü and € are single bytes that are not UTF-8.
    expect(undecodableCount(decodeText(windows1252(GERMAN), 'utf-8'))).toBe(4);
  });

  it('reads the bytes 0x80–0x9F of Windows-1252 as WHATWG says, whatever the runtime', () => {
    const text = decodeText(Uint8Array.from([0x80, 0x85, 0x8a, 0x8c, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0x81]), 'windows-1252');
    expect(text).toBe('€…ŠŒ“”–—™Ÿ\u0081');
  });

  it('never takes text that is valid UTF-8 for anything else (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        const bytes = utf8(text.split('\u0000').join(''));
        expect(detectEncoding(bytes).encoding).toBe('utf-8');
      }),
    );
  });
});
