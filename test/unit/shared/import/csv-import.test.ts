import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/core/data/csv-read';
import { buildImportedApplications, guessMapping, indexBoard, readCsvRows, ROLE_NOT_GIVEN, type ReadOptions } from '../../../../shared/import';
import { makeApplication, STAGES } from '../export/fixtures';

const read = (csv: string, options: Partial<ReadOptions> = {}) => readCsvRows(readCsv(csv), { preset: 'generic', stages: STAGES, ...options });

describe('readCsv (csv-parse, forgiving)', () => {
  it('reads quoted fields with separators, doubled quotes and newlines, naming each record by its spreadsheet row', () => {
    const { records, problems } = readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\n\nlast,1');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, y', 'say "hi"'] },
      { row: 3, cells: ['multi\nline', 'z'] },
      // The blank line is row 4 in a spreadsheet.
      { row: 5, cells: ['last', '1'] },
    ]);
  });

  it('keeps rows with a stray quote or the wrong number of cells', () => {
    const { records, problems } = readCsv('a,b\nok,1\nbad"quote,2\nshort\n"closed"junk,4\n');
    expect(records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['ok', '1']],
      [3, ['bad"quote', '2']],
      [4, ['short']],
      [5, ['"closed"junk', '4']],
    ]);
    expect(problems).toEqual([]);
  });

  it('reads a row whose quote is never closed as written, says so, and goes on with the next line', () => {
    const { records, problems } = readCsv('Company,Role\r\n"Acme,Dev\r\nBeta,QA\r\n\r\nGamma,PM');
    expect(records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['Company', 'Role']],
      [2, ['"Acme', 'Dev']],
      [3, ['Beta', 'QA']],
      [5, ['Gamma', 'PM']],
    ]);
    expect(problems.map((p) => p.row)).toEqual([2]);
    expect(problems[0]?.message).toBe('A quote in this row is never closed, so the row is read as it is written');
  });

  // A spreadsheet shows a multi-line cell in one row: the rows after it keep their numbers.
  it('names rows as a spreadsheet does, whatever line breaks the cells hold (CRLF, LF or CR)', () => {
    expect(readCsv('a,b\r\n"x\r\ny",1\r\nz,2\r\n"p\nq",3\nw,4').records.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(readCsv('a,b\r"x\r\r\ny\nz",1\r\n\r\nw,4\n').records.map((r) => r.row)).toEqual([1, 2, 4]);
  });

  it.each([
    ['semicolons', 'Company;Title\nAcme;Dev', ';'],
    ['tabs', 'Company\tTitle\nAcme\tDev', '\t'],
    ['commas, with a semicolon inside quotes', '"A;B",Title\nAcme,Dev', ','],
  ] as const)('detects %s', (_, csv, delimiter) => {
    expect(readCsv(csv).delimiter).toBe(delimiter);
    expect(readCsv(csv).records[1]?.cells).toEqual(['Acme', 'Dev']);
  });

  it('reads back whatever csv-stringify writes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = stringify(
          rows.map((r) => ['x', ...r]),
          { record_delimiter: '\r\n', quoted: true },
        );
        expect(readCsv(text).records.map((r) => r.cells)).toEqual(rows.map((r) => ['x', ...r]));
      }),
    );
  });
});

describe('guessMapping', () => {
  it('maps the columns of Huntr’s board export', () => {
    const headers = ['id', 'createdAt', 'title', 'salary', 'location', 'url', 'rootDomain', 'htmlDescription', 'deadline', 'color', 'lastMovedAt', 'boardId', 'boardName', 'listId', 'listName', 'companyId', 'companyName'];
    expect(guessMapping(headers, 'huntr')).toMatchObject({ company: 16, role: 2, stage: 14, jobUrl: 5, location: 4, salaryMin: 3, createdAt: 1, postingText: 7 });
  });
  it('keeps Huntr’s posting (its HTML description) as the application’s posting text, as plain text', () => {
    const csv = [
      'id,createdAt,title,url,htmlDescription,listName,companyName',
      '1,2022-02-26 19:17:05,Engineer,https://jobs.acme.example/1,"<h2>About</h2><p>Build <b>things</b> &amp; ship them.</p><script>x()</script>",applied,Acme',
      '2,2022-02-27 10:00:00,Designer,-,-,applied,Beta',
    ].join('\n');
    const { rows } = read(csv, { preset: 'huntr' });
    expect(rows[0]?.postingText).toMatch(/^About\s+Build things & ship them\.$/);
    const [acme, beta] = buildImportedApplications(rows, { newId: () => 'id', now: '2026-04-01T00:00:00.000Z' });
    expect(acme?.posting).toMatchObject({ text: rows[0]?.postingText, sourceUrl: 'https://jobs.acme.example/1', fetchedAt: '2026-04-01T00:00:00.000Z' });
    expect(acme?.posting?.text).not.toContain('<');
    expect(beta?.posting).toBeNull();
  });
  it('maps Huntr’s list-style names', () => {
    const headers = ['Company', 'Job Title', 'List', 'URL', 'Date Created', 'Date Applied', 'Notes'];
    expect(guessMapping(headers, 'huntr')).toEqual({ company: 0, role: 1, stage: 2, jobUrl: 3, createdAt: 4, appliedAt: 5, notes: 6 });
  });
  it('maps Teal column names', () => {
    const headers = ['Job Position', 'Company', 'Status', 'Min Salary', 'Max Salary', 'Date Saved', 'Job URL'];
    expect(guessMapping(headers, 'teal')).toEqual({ role: 0, company: 1, stage: 2, salaryMin: 3, salaryMax: 4, createdAt: 5, jobUrl: 6 });
  });
  it('maps common names generically', () => {
    expect(guessMapping(['employer', 'position', 'status', 'link'], 'generic')).toEqual({ company: 0, role: 1, stage: 2, jobUrl: 3 });
  });
});

/** A Huntr export as users bring it: stages by meaning, a US date, a broken link, a row without a company. */
const HUNTR = [
  'Company,Job Title,List,URL,Date Applied',
  'Acme,Engineer,Interview,https://acme.example,11/10/2026',
  'Beta,PM,Rejected,not a link,11/31/2026',
  '"Gamma, Inc.",Analyst,Phone Screen,-,',
  ',Designer,Applied,,2026-05-04',
  'Delta,,Offer',
].join('\r\n');

describe('a bad cell never drops a row', () => {
  it('imports every row with a company and names what was left out by row and by the file’s column name', () => {
    const result = read(HUNTR, { preset: 'huntr' });
    expect(result.totalRows).toBe(5);
    expect(result.rows.map((r) => [r.row, r.company, r.role, r.stageId])).toEqual([
      [2, 'Acme', 'Engineer', 'interviewing'],
      [3, 'Beta', 'PM', 'closed'],
      [4, 'Gamma, Inc.', 'Analyst', 'interviewing'],
      [6, 'Delta', ROLE_NOT_GIVEN, 'offer'],
    ]);
    expect(result.rows[1]).toMatchObject({ jobUrl: '', appliedAt: null });
    expect(result.problems.map((p) => [p.row, p.column, p.effect, p.message])).toEqual([
      [3, 'URL', 'cell-left-out', '“not a link” is not a web link (one starting with http:// or https://), so the row is imported without it'],
      [3, 'Date Applied', 'cell-left-out', '“11/31/2026” is not a date, so the row is imported without it'],
      [5, 'Company', 'row-skipped', 'No company, so this row is skipped'],
      [6, '', 'note', 'This row has 3 of the 5 columns; the missing ones are left empty'],
      [6, 'Job Title', 'note', `No role, so it is imported as “${ROLE_NOT_GIVEN}”`],
    ]);
  });

  it('never uses Hearback’s field names in a message', () => {
    const messages = read(HUNTR, { preset: 'huntr' })
      .problems.map((p) => p.message)
      .join('\n');
    expect(messages).not.toMatch(/jobUrl|appliedAt|createdAt|salaryMin|2026-01-31/);
  });

  it('lists each stage value with the stage it goes to; the user’s choice wins', () => {
    const values = read(HUNTR, { preset: 'huntr' }).stageValues;
    expect(values.map((v) => [v.value, v.stageId, v.how])).toEqual([
      ['Interview', 'interviewing', 'meaning'],
      ['Offer', 'offer', 'name'],
      ['Phone Screen', 'interviewing', 'meaning'],
      ['Rejected', 'closed', 'meaning'],
    ]);
    const chosen = read(HUNTR, { preset: 'huntr', stageMap: { 'Phone Screen': 'applied', Offer: 'no-such-stage' } });
    expect(chosen.rows.find((r) => r.company === 'Gamma, Inc.')?.stageId).toBe('applied');
    expect(chosen.rows.find((r) => r.company === 'Delta')?.stageId).toBe('offer');
  });

  it('reads numeric dates in the chosen day/month order', () => {
    expect(read(HUNTR, { preset: 'huntr' }).rows[0]?.appliedAt).toBe('2026-11-10T12:00:00.000Z');
    expect(read(HUNTR, { preset: 'huntr', dayOrder: 'dmy' }).rows[0]?.appliedAt).toBe('2026-10-11T12:00:00.000Z');
    // "11/31/2026" settles it: 31 cannot be a month.
    expect(read(HUNTR, { preset: 'huntr' }).dates).toMatchObject({ order: 'mdy', ambiguous: false });
    const dotted = read('Company,Date Applied\nAcme,11.10.2026\nBeta,3.4.2026').dates;
    expect(dotted).toMatchObject({ order: 'dmy', ambiguous: true });
    expect(dotted.examples).toEqual([
      { written: '11.10.2026', monthFirst: '2026-11-10T12:00:00.000Z', dayFirst: '2026-10-11T12:00:00.000Z' },
      { written: '3.4.2026', monthFirst: '2026-03-04T12:00:00.000Z', dayFirst: '2026-04-03T12:00:00.000Z' },
    ]);
  });

  it('refuses the mapping, not the rows, when no column holds the company', () => {
    const result = read('foo,bar\n1,2', { preset: 'generic' });
    expect(result.mappingProblems.map((p) => p.message)).toEqual(['Choose the column that holds the company']);
    expect(result.rows).toEqual([]);
  });
});

describe('re-import', () => {
  it('gives a row the same fingerprint whatever the column order, case, spacing or stage', () => {
    const a = read('Company,Title,Stage\nAcme,Dev,Applied\n').rows[0]?.fingerprint;
    const b = read('Stage,Title,Company\nInterview, dev ,ACME\n').rows[0]?.fingerprint;
    const other = read('Company,Title\nAcme,QA\n').rows[0]?.fingerprint;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(other).not.toBe(a);
  });
  it('marks rows whose fingerprint is already on the board', () => {
    const first = read('Company,Title\nAcme,Dev\nBeta,PM\n');
    const imported = makeApplication({ id: 'x1', company: 'Somewhere else', role: 'Other', jobUrl: '', importFingerprint: first.rows[0]?.fingerprint ?? '' });
    const again = read('Company,Title\nAcme,Dev\nBeta,PM\nGamma,QA\n', { board: indexBoard([imported]) });
    expect(again.rows.map((r) => r.duplicate?.reason ?? null)).toEqual(['imported-before', null, null]);
  });
});

describe('buildImportedApplications', () => {
  it('keeps imported dates, the chosen stage and the fingerprint', () => {
    let n = 0;
    const rows = read(HUNTR, { preset: 'huntr' }).rows;
    const apps = buildImportedApplications(rows, { newId: () => `id${++n}`, now: '2026-04-01T00:00:00.000Z' });
    expect(apps[0]).toMatchObject({
      company: 'Acme',
      stageId: 'interviewing',
      createdAt: '2026-11-10T12:00:00.000Z',
      stageReachedAt: { interviewing: '2026-11-10T12:00:00.000Z' },
      updatedAt: '2026-04-01T00:00:00.000Z',
      importFingerprint: rows[0]?.fingerprint,
    });
    // No date in the file: created at the import instant, but no stage "reached" date is made up.
    expect(apps[2]).toMatchObject({ company: 'Gamma, Inc.', createdAt: '2026-04-01T00:00:00.000Z', stageReachedAt: {} });
  });
});

describe('dates the importer cannot read exactly', () => {
  it.each(['last week', '2 days ago', 'yesterday', 'letzte Woche', 'Nov 2026'])('%j is a bad cell, never today', (written) => {
    const result = read(`Company,Title,Date Applied\nAcme,Dev,${written}\n`);
    expect(result.rows[0]?.appliedAt).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ row: 2, column: 'Date Applied', effect: 'cell-left-out' })]);
    const [app] = buildImportedApplications(result.rows, { newId: () => 'id1', now: '2026-04-01T00:00:00.000Z' });
    expect(app?.stageReachedAt).toEqual({});
  });
  it('says why a relative date cannot be read', () => {
    expect(read('Company,Title,Date Applied\nAcme,Dev,last week\n').problems[0]?.message).toBe('“last week” is not a day on the calendar (a date relative to when the file was written), so the row is imported without it');
  });
});

describe('salaries', () => {
  it('reads "73.000 €" as 73,000 euros, not dollars', () => {
    const result = read('Firma;Position;Gehalt\nMüller GmbH;Entwickler;73.000 €\n', { mapping: { company: 0, role: 1, salaryMin: 2 } });
    expect(result.rows[0]).toMatchObject({ salaryMin: 73000, salaryMax: null, salaryCurrency: 'EUR' });
    const [app] = buildImportedApplications(result.rows, { newId: () => 'id1', now: '2026-04-01T00:00:00.000Z' });
    expect(app?.salary).toEqual({ min: 73000, max: null, currency: 'EUR', period: 'year' });
  });
  it('keeps both ends of a Huntr salary range', () => {
    const result = read('companyName,title,salary\nGlobex,Engineer,"$120,000 - $150,000"\n', { preset: 'huntr' });
    expect(result.rows[0]).toMatchObject({ salaryMin: 120000, salaryMax: 150000, salaryCurrency: 'USD' });
  });
  it('lets a max column and a currency column win over what the salary cell says', () => {
    const result = read('Company,Min Salary,Max Salary,Currency\nAcme,€60k-70k,80000,CHF\n', { preset: 'teal' });
    expect(result.rows[0]).toMatchObject({ salaryMin: 60000, salaryMax: 80000, salaryCurrency: 'CHF' });
  });
  it('keeps an hourly rate hourly', () => {
    const [app] = buildImportedApplications(read('Company,Salary\nAcme,$45/hr\n').rows, { newId: () => 'id1', now: '2026-04-01T00:00:00.000Z' });
    expect(app?.salary).toEqual({ min: 45, max: null, currency: 'USD', period: 'hour' });
  });
});

describe('empty rows', () => {
  it('does not count a row of empty cells (a blank row saved by a spreadsheet) and keeps the rows after it numbered', () => {
    const result = read('Company,Title\nAcme,Dev\n,\n , \nBeta,PM\n');
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((r) => [r.row, r.company])).toEqual([
      [2, 'Acme'],
      [5, 'Beta'],
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('a salary without a currency', () => {
  it('takes the currency most of the file states (a spreadsheet saves "73.000 €" as 73000)', () => {
    const result = read('Firma;Gehalt\nA;73000\nB;45.000 €\nC;€85k\nD;CHF 90000\n', { mapping: { company: 0, salaryMin: 1 } });
    expect(result.rows.map((r) => r.salaryCurrency)).toEqual(['EUR', 'EUR', 'EUR', 'CHF']);
  });
  it('stays unsaid when no salary in the file says', () => {
    expect(read('Company,Salary\nA,73000\n').rows[0]?.salaryCurrency).toBe('');
  });
});
