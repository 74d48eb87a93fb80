import { describe, expect, it } from 'vitest';
import { proposeOutcome, readableBodyText } from '../../../../shared/mail';

const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/(.{76})/g, '$1\r\n');
/** As the watcher reads it: the bytes of the UTF-8 text, one character each. */
const bytes = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe('plain words from a body (table in shared/mail/body-text.ts)', () => {
  it('multipart: the text/plain part, decoded from quoted-printable', () => {
    const raw = ['--b1', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', 'Unfortunately we have decided to move forward with other candi=', 'dates. Caf=C3=A9 later?', '--b1', 'Content-Type: text/html', '', '<p>ignored</p>', '--b1--'].join('\r\n');
    const text = readableBodyText(raw);
    expect(text).toBe('Unfortunately we have decided to move forward with other candidates. Café later?');
    expect(proposeOutcome('Your application', text)).toBe('rejection');
  });

  it('multipart with only HTML, in base64: tags removed', () => {
    const raw = ['--x', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64('<html><style>p{}</style><p>We are <b>pleased to offer</b> you the role&nbsp;!</p></html>'), '--x--'].join('\r\n');
    expect(readableBodyText(raw)).toBe('We are pleased to offer you the role !');
  });

  it('a single-part base64 body, cut off mid-way, reads what is whole', () => {
    const encoded = b64('We would like to schedule a final interview with the whole team next week.');
    expect(readableBodyText(encoded.slice(0, 50))).toMatch(/^We would like to schedule a fi/);
  });

  it('raw UTF-8 bytes (8bit) read as UTF-8; bad bytes become U+FFFD; never throws', () => {
    expect(readableBodyText(bytes('Zürich office — next steps'))).toBe('Zürich office — next steps');
    expect(readableBodyText('Caf\u00e9 \u00ff\u00fe')).toContain('\ufffd');
    for (const junk of ['', '--', '--b\r\nContent-Type: text/plain\r\n', '=ZZ=\r\n', 'A'.repeat(10_000)]) expect(() => readableBodyText(junk)).not.toThrow();
  });
});
