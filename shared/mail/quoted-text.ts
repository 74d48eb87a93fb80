/**
 * A reply's own words: what the sender quoted from earlier messages is never read (an old
 * "unfortunately" quoted below a "we'd love to move forward" must not decide the outcome).
 *
 * | where the quote starts (first match wins; everything from there on is dropped)           | as written by |
 * |-------------------------------------------------------------------------------------------|---------------|
 * | a line "On <date>, <name> wrote:" (may wrap over two lines)                               | Gmail, Apple Mail, Thunderbird (EN) |
 * | "Am <date> schrieb <name>:" / "<name> schrieb am <date>:"                                 | Gmail, Thunderbird (DE) |
 * | "Le <date>, <name> a écrit :"                                                             | Gmail, Thunderbird (FR) |
 * | "El <date>, <name> escribió:"                                                             | Gmail, Thunderbird (ES) |
 * | "-----Original Message-----", "-----Ursprüngliche Nachricht-----", "Message d'origine",   | Outlook desktop |
 * | "-----Mensaje original-----", "Begin forwarded message:"                                  |               |
 * | a "From:"/"Von:"/"De :"/"De:" line followed within two lines by "Sent:"/"Gesendet:"/       | Outlook (HTML) |
 * |   "Envoyé :"/"Enviado:"/"Date:" (Outlook's quoted header block)                           |               |
 * | a line of 20+ underscores (Outlook's separator above that block)                           | Outlook Web   |
 * | lines starting with ">"                                                                    | RFC 3676 quoting; dropped wherever they are |
 */
const ATTRIBUTION = [
  /^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/im,
  /^[ \t]*Am\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bschrieb\b[^\n]{0,200}:[ \t]*$/im,
  /^[^\n]{0,200}\bschrieb am\b[^\n]{0,200}:[ \t]*$/im,
  /^[ \t]*Le\b[^\n]{0,200}(?:\n[^\n]{0,200})?\ba écrit ?:[ \t]*$/im,
  /^[ \t]*El\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bescribió:[ \t]*$/im,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Forwarded message|Weitergeleitete Nachricht)[ \t]*-{2,}/im,
  /^[ \t]*Begin forwarded message:/im,
  /^[ \t]*(?:\*\*)?(?:From|Von|De|Da)[ \t]*:[^\n]*\n(?:[^\n]*\n)?[ \t]*(?:\*\*)?(?:Sent|Gesendet|Envoyé|Enviado|Date|Datum|Inviato)[ \t]*:/im,
  /^[ \t]*_{20,}[ \t]*$/m,
];

export function withoutQuotedText(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n');
  let cut = normal.length;
  for (const pattern of ATTRIBUTION) {
    const found = pattern.exec(normal);
    if (found && found.index < cut) cut = found.index;
  }
  return normal
    .slice(0, cut)
    .split('\n')
    .filter((line) => !/^[ \t]*>/.test(line))
    .join('\n');
}
