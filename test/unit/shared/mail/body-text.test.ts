import { describe, expect, it } from 'vitest';
import { proposeOutcome, readableBodyText, readableMessageText, withoutQuotedText } from '../../../../shared/mail';

const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/(.{76})/g, '$1\r\n');
const bytes = (...parts: (string | number[])[]): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
};

describe('plain words from a body (table in shared/mail/body-text.ts)', () => {
  it('multipart: the text/plain part, decoded from quoted-printable', async () => {
    const body = [
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Unfortunately we have decided to move forward with other candi=',
      'dates. Caf=C3=A9 later?',
      '--b1',
      'Content-Type: text/html',
      '',
      '<p>ignored</p>',
      '--b1--',
    ].join('\r\n');
    const text = await readableBodyText({ contentType: 'multipart/alternative; boundary="b1"', contentTransferEncoding: '', body: bytes(body) });
    expect(text).toBe('Unfortunately we have decided to move forward with other candidates. Café later?');
    expect(proposeOutcome('Your application', text)).toBe('rejection');
  });

  it('multipart with only HTML, in base64: through the one HTML reader', async () => {
    const body = ['--x', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64('<html><style>p{}</style><p>We are <b>pleased to offer</b> you the role&nbsp;!</p></html>'), '--x--'].join('\r\n');
    expect(await readableBodyText({ contentType: 'multipart/mixed; boundary=x', contentTransferEncoding: '', body: bytes(body) })).toBe('We are pleased to offer you the role !');
  });

  // The charset a part declares decides (a body read as UTF-8 whatever it said was a reported bug).
  it('reads ISO-8859-1 and Windows-1252 bodies in the charset they declare', async () => {
    const latin1 = await readableBodyText({ contentType: 'text/plain; charset=ISO-8859-1', contentTransferEncoding: '8bit', body: bytes('Leider m', [0xfc], 'ssen wir Ihnen absagen. Gr', [0xfc, 0xdf], 'e') });
    expect(latin1).toBe('Leider müssen wir Ihnen absagen. Grüße');
    const cp1252 = await readableBodyText({ contentType: 'text/plain; charset="windows-1252"', contentTransferEncoding: 'quoted-printable', body: bytes('=93Thanks=94 =96 salary 73.000 =80') });
    expect(cp1252).toBe('“Thanks” – salary 73.000 €');
    const nested = [
      '--outer',
      'Content-Type: multipart/alternative; boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Nous avons le regret de vous informer que votre candidature n=27a pas =E9t=E9 retenue.',
      '--inner--',
      '--outer--',
    ].join('\r\n');
    expect(await readableBodyText({ contentType: 'multipart/mixed; boundary=outer', contentTransferEncoding: '', body: bytes(nested) })).toBe("Nous avons le regret de vous informer que votre candidature n'a pas été retenue.");
  });

  it('a single-part base64 body, cut off mid-way, reads what arrived; junk never throws', async () => {
    const encoded = b64('We would like to schedule a final interview with the whole team next week.');
    expect(await readableBodyText({ contentType: 'text/plain; charset=utf-8', contentTransferEncoding: 'base64', body: bytes(encoded.slice(0, 52)) })).toMatch(/^We would like to schedule a fi/);
    for (const junk of ['', '--', '--b\r\nContent-Type: text/plain\r\n', '=ZZ=\r\n', 'A'.repeat(10_000)]) {
      await expect(readableBodyText({ contentType: 'multipart/mixed; boundary=b', contentTransferEncoding: 'base64', body: bytes(junk) })).resolves.toBeTypeOf('string');
    }
    expect(await readableMessageText('Subject: =?utf-8?q?x?=\r\n\r\nhello')).toBe('hello');
  });
});

describe('quoted text is never read (table in shared/mail/quoted-text.ts)', () => {
  it.each([
    ['Gmail EN, wrapped attribution', 'Great news, see you Tuesday!\n\nOn Mon, Dec 14, 2026 at 9:00 AM Dana Reyes <\ndana@northwind.test> wrote:\n> Unfortunately we regret', 'Great news, see you Tuesday!'],
    ['Gmail DE', 'Vielen Dank!\n\nAm Mo., 14. Dez. 2026 um 09:00 Uhr schrieb Dana Reyes <dana@northwind.test>:\n> Leider müssen wir absagen', 'Vielen Dank!'],
    ['Thunderbird FR', 'Merci !\n\nLe 14/12/2026 à 09:00, Dana a écrit :\n> Nous avons le regret', 'Merci !'],
    ['Gmail ES', 'Gracias.\n\nEl lun, 14 dic 2026 a las 9:00, Dana (<dana@northwind.test>) escribió:\n> Lamentamos informarle', 'Gracias.'],
    ['Outlook header block', 'Thanks, talk soon.\n\n________________________________\nFrom: Dana Reyes <dana@northwind.test>\nSent: Monday, December 14, 2026 9:00 AM\nSubject: Your application\n\nUnfortunately not.', 'Thanks, talk soon.'],
    ['Outlook DE header block', 'Danke.\n\nVon: Dana Reyes <dana@northwind.test>\nGesendet: Montag, 14. Dezember 2026 09:00\nBetreff: Absage', 'Danke.'],
    ['Outlook original message', 'Sounds good.\n-----Original Message-----\nFrom: Dana', 'Sounds good.'],
    ['"> " lines anywhere', 'Top.\n> quoted line\nBottom.', 'Top.\nBottom.'],
  ])('%s', (_name, text, expected) => expect(withoutQuotedText(text).trim()).toBe(expected));
});
