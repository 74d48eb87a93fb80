import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../../shared/capture';
import { companyKey, namesCompany, sameCompany } from '../../../../shared/company/same-company';
import { indexBoard } from '../../../../shared/import/board-duplicates';

describe('same company (the rules table in same-company.ts)', () => {
  it.each([
    ['Acme, Inc.', 'ACME'],
    ['Acme Inc', 'acme'],
    ['Nestlé S.A.', 'Nestle'],
    ['Société Générale SA', 'societe generale'],
    ['Müller GmbH', 'Muller'],
    ['Siemens AG', 'siemens'],
    ['Northwind Traders Ltd.', 'Northwind Traders'],
    ['Northwind Traders Limited', 'northwind traders'],
    ['Contoso Co., Ltd.', 'Contoso'],
    ['Fabrikam Pty Ltd', 'Fabrikam'],
    ['Adatum B.V.', 'Adatum'],
    ['Tailspin S.A.S.', 'tailspin'],
    ['Wingtip Toys LLC', 'Wingtip-Toys'],
    ['Ｆａｂｒｉｋａｍ', 'Fabrikam'],
    ['株式会社トヨタ', '株式会社 トヨタ'],
  ])('%s and %s are the same company', (a, b) => {
    expect(sameCompany(a, b)).toBe(true);
    expect(sameCompany(b, a)).toBe(true);
  });

  it.each([
    ['Acme', 'Acme Labs'],
    ['Northwind', 'Southwind'],
    ['Coca', 'Coca Cola'],
    ['', ''],
    ['Inc.', 'Ltd.'],
  ])('%s and %s are not', (a, b) => expect(sameCompany(a, b)).toBe(false));

  it('a name that is only a legal form is kept whole, a one-letter name names nothing', () => {
    expect(companyKey('AG')).toBe(' ag ');
    expect(companyKey('X Inc')).toBeNull();
    expect(companyKey('3M')).toBe(' 3m ');
  });

  it('a text names the company with or without its legal form, diacritics aside, in whole words', () => {
    expect(namesCompany('Your application at Nestle', 'Nestlé S.A.')).toBe(true);
    expect(namesCompany('Danke für Ihre Bewerbung bei der Müller GmbH', 'Muller')).toBe(true);
    expect(namesCompany('Acmeville news', 'Acme Inc')).toBe(false);
  });

  it('is symmetric, and case, diacritics and a legal form never change the answer', () => {
    // ß upper-cases to two letters, so it is left out.
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-Þà-öø-þ]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' Inc.', ', GmbH', ' S.A.', ' Ltd'), (words, form) => {
        const name = words.join(' ');
        expect(sameCompany(name, name.toUpperCase() + form)).toBe(companyKey(name) !== null);
        expect(sameCompany(name + form, name)).toBe(sameCompany(name, name + form));
      }),
    );
  });

  it('the capture and the import use it: a posting or a row from "Nestlé S.A." finds "Nestle" on the board', () => {
    const board = [{ id: 'a', company: 'Nestle', role: 'Data Analyst', jobUrl: '', archived: false, importFingerprint: undefined }];
    expect(findDuplicates({ jobUrls: [], company: 'Nestlé S.A.', role: 'data analyst' }, board).map((d) => d.reason)).toEqual(['same-role']);
    expect(indexBoard(board).find({ fingerprint: 'f', jobUrl: '', company: 'NESTLÉ SA', role: 'Data-Analyst' })?.applicationId).toBe('a');
    expect(indexBoard(board).find({ fingerprint: 'f', jobUrl: '', company: 'Nestle Health', role: 'Data Analyst' })).toBeNull();
  });
});
