import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { workLogCsvRows, workLogReportHtml, type WorkLogRow } from '../../../../shared/worklog';

const row = (overrides: Partial<WorkLogRow> = {}): WorkLogRow => ({
  key: 'application:a1',
  type: 'application',
  date: '2026-03-09',
  employer: 'Northwind',
  position: 'Data analyst',
  method: 'online',
  contact: 'jobs@northwind.example',
  result: 'Not selected',
  note: '',
  excluded: false,
  applicationId: 'a1',
  link: { entity: 'application', id: 'a1' },
  recordId: null,
  ...overrides,
});

describe('work-search log exports', () => {
  it('each preset writes its own columns, in its language and date format; excluded rows are left out', () => {
    const rows = [row(), row({ key: 'manual:m1', type: 'job-fair', method: 'in-person', employer: 'City job fair', position: '', result: '', note: 'Talked to 4 employers' }), row({ key: 'x', excluded: true })];
    expect(workLogCsvRows(rows, 'generic')).toEqual([
      ['Date', 'Activity', 'Employer', 'Position', 'Contact method', 'Contact person or address', 'Result', 'Note'],
      ['2026-03-09', 'Application', 'Northwind', 'Data analyst', 'Online application', 'jobs@northwind.example', 'Not selected', ''],
      ['2026-03-09', 'Job fair', 'City job fair', '', 'In person', 'jobs@northwind.example', '', 'Talked to 4 employers'],
    ]);
    expect(workLogCsvRows(rows, 'us-state')[0]).toEqual(['Date of Contact', 'Name of Employer', 'Person Contacted / Address, Phone or Website', 'Method of Contact', 'Position Applied For', 'Results']);
    expect(workLogCsvRows(rows, 'us-state')[1]?.[0]).toBe('03/09/2026');
    expect(workLogCsvRows(rows, 'de-eigen')).toEqual([
      ['Datum', 'Arbeitgeber', 'Stelle', 'Art der Bewerbung', 'Ergebnis'],
      ['09.03.2026', 'Northwind', 'Data analyst', 'Online-Bewerbung', 'Absage'],
      ['09.03.2026', 'City job fair', '', 'Jobmesse (Persönlich)', 'Talked to 4 employers'],
    ]);
  });

  it('no cell can become a formula, and every field survives quoting', () => {
    const hostile = row({ employer: '=HYPERLINK("http://x.example","y")', position: 'a;=1+1', note: 'line one\n@SUM(A1)', contact: '"quoted", comma' });
    const text = stringify(workLogCsvRows([hostile], 'generic'), { quoted: true, record_delimiter: '\r\n' });
    const back = parse(text) as string[][];
    expect(back[1]).toEqual(['2026-03-09', 'Application', `'=HYPERLINK("http://x.example","y")`, `a;'=1+1`, 'Online application', '"quoted", comma', 'Not selected', `line one\n'@SUM(A1)`]);
  });

  it('the report escapes every piece of user text and carries the name and the week', () => {
    const html = workLogReportHtml({ rows: [row({ employer: '<img src=x onerror=alert(1)>' })], preset: 'de-eigen', range: { from: '2026-03-09', to: '2026-03-15' }, userName: 'Sam <b>Lee</b>', generatedOn: '2026-03-16 09:00' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Sam &lt;b&gt;Lee&lt;/b&gt;');
    expect(html).toContain('09.03.2026 – 15.03.2026');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("default-src 'none'");
  });
});
