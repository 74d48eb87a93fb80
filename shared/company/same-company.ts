/**
 * When two company names mean the same company, and when a text names one. One rule for the
 * capture's duplicates, the import's board duplicates and the mail and calendar matchers:
 *
 * | in the name                                   | rule                                                        |
 * |-----------------------------------------------|-------------------------------------------------------------|
 * | letter case                                   | ignored ("ACME" = "Acme")                                   |
 * | diacritics                                    | ignored ("Nestlé" = "Nestle", "Société" = "Societe")        |
 * | punctuation, spaces                           | word breaks only ("Acme, Inc." = "acme inc")                |
 * | letters of any script, digits                 | kept ("株式会社" and "3M" are names)                         |
 * | a trailing legal form (Inc, LLC, Ltd, GmbH, AG, S.A., S.A.S., B.V., PLC, Corp, Co, KG, SpA, SARL, Pty Ltd, Oy, AB, AS…) | optional: "Acme GmbH" = "Acme" |
 * | a name that is only a legal form ("AG")       | kept as it is (nothing else would be left)                  |
 * | fewer than two characters left                | names nothing (no key)                                      |
 */

/** Lower-case letters and digits of any script, diacritics dropped, words split by one space, padded (" acme inc "). */
export const textWords = (s: string): string =>
  ` ${s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Legal forms as words after `textWords` ("S.A." reads "s a"); longer forms first so "pty ltd" goes whole. */
const LEGAL_FORM = / (?:pty ltd|pte ltd|co ltd|s a s|s a r l|s r l|s p a|s a|b v|n v|inc|incorporated|llc|llp|ltd|limited|gmbh|ag|kg|corp|corporation|co|company|sa|sas|sarl|srl|spa|bv|nv|plc|oy|ab|as|aps|pty|pte|kk)$/;

/** The name without its trailing legal forms ("acme co ltd" → "acme"), never emptied. */
function withoutLegalForm(words: string): string {
  let name = words;
  for (;;) {
    const shorter = name.replace(LEGAL_FORM, '');
    if (shorter === name || shorter === '') return name;
    name = shorter;
  }
}

/** The company's name as matched in texts (" acme "), or null when too short to mean anything. */
export function companyKey(company: string): string | null {
  const name = withoutLegalForm(textWords(company).trim());
  return name.length < 2 ? null : ` ${name} `;
}

/** Whether two names are the same company ("Acme, Inc." and "ACME"; "Nestlé S.A." and "Nestle"). */
export function sameCompany(a: string, b: string): boolean {
  const key = sameCompanyKey(a);
  return key !== '' && key === sameCompanyKey(b);
}

/** A key equal for names of the same company, '' for a name too short to mean anything. */
export function sameCompanyKey(company: string): string {
  return companyKey(company)?.replace(/ /g, '') ?? '';
}

/** Whether `text` names the company (whole words; legal forms like "Inc." optional). */
export function namesCompany(text: string, company: string): boolean {
  const key = companyKey(company);
  return key !== null && textWords(text).includes(key);
}
