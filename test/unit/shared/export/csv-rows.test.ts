import { describe, expect, it } from 'vitest';
import { applicationCsvRow, applicationsCsvHeader, HISTORY_CSV_HEADER, historyCsvRow, neutraliseCell } from '../../../../shared/export';
import { makeApplication, makeEvent, STAGES } from './fixtures';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","x")', '\uFF1D1+1'])('prefixes a quote to the formula-like cell %j', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });
  it.each(['Acme', '', '1-2', "'quoted", 'a=b', 'Acme, Inc.; Berlin', 'dana@acme.example', '2026-03-01T09:00:00.000Z'])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
  // A spreadsheet that splits on `;`, `,` or tab, or starts a row at a line break inside the cell,
  // would see a new cell at each of these places.
  it.each([
    ['x;=1+1', "x;'=1+1"],
    ['a,=2+2', "a,'=2+2"],
    ['b\t+3', "b\t'+3"],
    ['one\n-4', "one\n'-4"],
    ['one\r\n@SUM(1)', "one\r\n'@SUM(1)"],
    ['x; "=6+6"', 'x; "\'=6+6"'],
    [' =x', " '=x"],
    ['"=x"', '"\'=x"'],
    ['\t=1', "'\t'=1"],
    ['x;\uFF1D1', "x;'\uFF1D1"],
  ])('guards the formula after a field start in %j', (cell, written) => {
    expect(neutraliseCell(cell)).toBe(written);
  });
});

describe('historyCsvRow', () => {
  it('has one cell per header column and names the application', () => {
    const row = historyCsvRow(makeEvent(), () => ({ company: 'Acme', role: 'Engineer' }));
    expect(row).toHaveLength(HISTORY_CSV_HEADER.length);
    expect(row.slice(0, 9)).toEqual(['1', '2026-03-02T09:00:00.000Z', 'created', 'application', 'app1', 'app1', 'Acme', 'Engineer', 'Created Acme']);
    expect(row[11]).toBe(''); // a creation: the kind says it all
  });

  it('says what an update changed, field by field, without the noise of updatedAt', () => {
    const before = { stageId: 'applied', notes: '', tags: ['a'], updatedAt: '2026-03-01T00:00:00.000Z' };
    const after = { stageId: 'interviewing', notes: 'Great team', tags: ['a'], updatedAt: '2026-03-02T00:00:00.000Z' };
    const row = historyCsvRow(makeEvent({ kind: 'moved', before, after }), () => null);
    expect(row[11]).toBe('stageId: applied → interviewing; notes: — → Great team');
  });

  it('falls back to the label carried by the event when the application is unknown', () => {
    const row = historyCsvRow(makeEvent({ kind: 'deleted', before: { company: 'Gone', role: 'R' }, after: null }), () => null);
    expect(row[6]).toBe('Gone');
    expect(row[11]).toBe('');
  });

  it('neutralises hostile user text', () => {
    const row = historyCsvRow(makeEvent({ summary: '=cmd|calc' }), () => ({ company: '+evil', role: '@x' }));
    expect(row[6]).toBe("'+evil");
    expect(row[7]).toBe("'@x");
    expect(row[8]).toBe("'=cmd|calc");
  });
});

describe('applications CSV', () => {
  it('has one reached-date column per stage in board order, aligned with the header', () => {
    const header = applicationsCsvHeader(STAGES);
    const row = applicationCsvRow(makeApplication(), STAGES, { interviews: 2, followUps: 3, followUpsDone: 1 });
    expect(row).toHaveLength(header.length);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('company')).toBe('Acme');
    expect(cell('currentStage')).toBe('Applied');
    expect(cell('reached: Wishlist')).toBe('2026-03-01T09:00:00.000Z');
    expect(cell('reached: Applied')).toBe('2026-03-02T09:00:00.000Z');
    expect(cell('reached: Offer')).toBe('');
    expect(cell('interviews')).toBe('2');
    expect(cell('followUps')).toBe('3');
    expect(cell('salaryMin')).toBe('50000');
    expect(cell('contacts')).toBe('Dana <dana@acme.example>');
  });

  it('neutralises a formula in the company name', () => {
    const header = applicationsCsvHeader(STAGES);
    const row = applicationCsvRow(makeApplication({ company: '=2+3' }), STAGES);
    expect(row[header.indexOf('company')]).toBe("'=2+3");
  });
});
