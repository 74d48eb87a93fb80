import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HearbackError } from '../../../../shared/contract/errors';
import type { Application } from '../../../../shared/domain';
import { applicationsCsvHeader, backupToJson, buildBackup, HISTORY_CSV_HEADER } from '../../../../shared/export';
import { importBackupPlan, importCsvPlan, streamApplicationsCsv, streamBackupJson, streamHistoryCsv, streamIcs } from '../../../../electron/core/data';
import { makeApplication, makeEvent, makeFollowUp, makeInterview, SETTINGS, STAGES } from '../../shared/export/fixtures';

/** A sink that keeps what it receives; `delayMs` makes it slow so backpressure kicks in. */
function collector(options: { highWaterMark?: number; delayMs?: number } = {}) {
  const chunks: Buffer[] = [];
  let maxBuffered = 0;
  const sink = new Writable({
    highWaterMark: options.highWaterMark ?? 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      maxBuffered = Math.max(maxBuffered, sink.writableLength);
      if (options.delayMs) setTimeout(callback, options.delayMs);
      else callback();
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8'), bytes: () => Buffer.concat(chunks).length, maxBuffered: () => maxBuffered };
}

async function* generate<T>(n: number, make: (i: number) => T): AsyncGenerator<T> {
  for (let i = 0; i < n; i++) yield make(i);
}

describe('streamHistoryCsv', () => {
  it('writes a BOM, a header and one RFC 4180 row per event that reads back', async () => {
    const out = collector();
    const events = [
      makeEvent(),
      makeEvent({ seq: 2, summary: 'Notes:\r\n"quoted", and more', after: { company: 'Acme, Inc.', role: '=1+1' } }),
      makeEvent({ seq: 3, summary: '=HYPERLINK("x")', applicationId: null, entity: 'settings', entityId: 'settings' }),
    ];
    const progress: number[] = [];
    const stats = await streamHistoryCsv(
      generate(3, (i) => events[i] ?? makeEvent()),
      out.sink,
      (n) => progress.push(n),
      {
        lookup: (id) => (id === 'app1' ? { company: 'Acme', role: 'Engineer' } : null),
      },
    );
    const text = out.text();
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(stats).toEqual({ records: 3, bytes: out.bytes() });
    expect(progress).toEqual([3]);
    const rows = parse(text, { bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(HISTORY_CSV_HEADER);
    expect(rows).toHaveLength(4);
    expect(rows[2]?.[8]).toBe('Notes:\r\n"quoted", and more');
    expect(rows[3]?.[8]).toBe(`'=HYPERLINK("x")`);
    expect(text.split('\r\n')[1]).toMatch(/^1,/);
  });

  it('waits for a slow sink instead of buffering the whole export', async () => {
    const out = collector({ highWaterMark: 1024, delayMs: 1 });
    const stats = await streamHistoryCsv(
      generate(5000, (i) => makeEvent({ seq: i + 1, summary: 'x'.repeat(200) })),
      out.sink,
    );
    expect(stats.records).toBe(5000);
    expect(stats.bytes).toBe(out.bytes());
    // One gathered chunk (64 K characters) plus a row batch at most, never the whole ~1.4 MB file.
    expect(out.maxBuffered()).toBeLessThan(200 * 1024);
    expect(stats.bytes).toBeGreaterThan(1_000_000);
  });

  it('rejects when the sink fails', async () => {
    const sink = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    sink.on('error', () => {});
    await expect(
      streamHistoryCsv(
        generate(20_000, (i) => makeEvent({ seq: i + 1 })),
        sink,
      ),
    ).rejects.toThrow('disk full');
  });
});

describe('streamApplicationsCsv', () => {
  it('writes one row per application with the stage columns', async () => {
    const out = collector();
    await streamApplicationsCsv([makeApplication(), makeApplication({ id: 'b', company: 'Beta', archived: true })], out.sink, {
      stages: STAGES,
      counts: (id) => ({ interviews: id === 'b' ? 2 : 0, followUps: 0, followUpsDone: 0 }),
    });
    const rows = parse(out.text(), { bom: true }) as string[][];
    const header = applicationsCsvHeader(STAGES);
    expect(rows[0]).toEqual(header);
    expect(rows[2]?.[header.indexOf('company')]).toBe('Beta');
    expect(rows[2]?.[header.indexOf('interviews')]).toBe('2');
    expect(rows[2]?.[header.indexOf('archived')]).toBe('yes');
  });
});

describe('streamBackupJson', () => {
  it('writes exactly the bytes of the in-memory backup, which imports back', async () => {
    const records = {
      stages: STAGES,
      settings: SETTINGS,
      applications: [makeApplication(), makeApplication({ id: 'app2', archived: true, company: 'Ünïcødé 😀 "q"' })],
      interviews: [makeInterview()],
      followUps: [makeFollowUp()],
      history: [makeEvent(), makeEvent({ seq: 2 })],
    };
    const exportedAt = '2026-04-01T00:00:00.000Z';
    const out = collector();
    const stats = await streamBackupJson({ exportedAt, ...records }, out.sink);
    expect(out.text()).toBe(backupToJson(buildBackup(records, exportedAt)));
    expect(stats.records).toBe(6);
    const plan = importBackupPlan(out.text());
    expect(plan.summary.applications).toBe(2);
    const again = collector();
    await streamBackupJson({ exportedAt, ...plan }, again.sink);
    expect(again.text()).toBe(out.text());
  });

  it('writes empty collections as empty arrays', async () => {
    const out = collector();
    await streamBackupJson({ exportedAt: '2026-04-01T00:00:00.000Z', stages: STAGES, settings: SETTINGS, applications: [], interviews: [], followUps: [], history: [] }, out.sink);
    expect(JSON.parse(out.text())).toMatchObject({ applications: [], history: [] });
  });
});

describe('importBackupPlan', () => {
  it('throws an invalid_request naming the record and field, and writes nothing', () => {
    const json = backupToJson(buildBackup({ stages: STAGES, settings: SETTINGS, applications: [makeApplication()], interviews: [], followUps: [], history: [] }, '2026-04-01T00:00:00.000Z'));
    const broken = json.replace('"company":"Acme"', '"company":""');
    try {
      importBackupPlan(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HearbackError);
      const e = error as HearbackError;
      expect(e.code).toBe('invalid_request');
      expect(e.message).toContain('applications[0].company: is required');
      expect(e.issues).toEqual([{ path: 'applications[0].company', message: 'is required' }]);
    }
  });
});

describe('importCsvPlan', () => {
  const context = (board: Application[] = []) => {
    let n = 0;
    return { stages: STAGES, board, newId: () => `n${++n}`, now: '2026-04-01T00:00:00.000Z' };
  };
  it('creates applications from the rows with a company and counts the rest', () => {
    const plan = importCsvPlan('Company,Title\nAcme,Dev\n,Missing\n', { preset: 'generic', skipDuplicates: true }, context());
    expect(plan.applications.map((a) => a.company)).toEqual(['Acme']);
    expect(plan.skipped).toBe(1);
    expect(plan.problems[0]).toMatchObject({ row: 3, column: 'Company', effect: 'row-skipped', message: 'No company, so this row is skipped' });
  });
  it('refuses a file where no column holds the company', () => {
    expect(() => importCsvPlan('Foo\n1\n', { preset: 'generic', skipDuplicates: true }, context())).toThrow('Choose the column that holds the company');
  });
  it('leaves out rows imported before, unless told to keep them', () => {
    const first = importCsvPlan('Company,Title\nAcme,Dev\nBeta,PM\n', { preset: 'generic', skipDuplicates: true }, context());
    const again = importCsvPlan('Title,Company\nDev,Acme\nQA,Gamma\n', { preset: 'generic', skipDuplicates: true }, context(first.applications));
    expect(again.applications.map((a) => a.company)).toEqual(['Gamma']);
    expect(again.duplicatesSkipped).toBe(1);
    const kept = importCsvPlan('Title,Company\nDev,Acme\n', { preset: 'generic', skipDuplicates: false }, context(first.applications));
    expect(kept.applications.map((a) => a.company)).toEqual(['Acme']);
  });
  it('leaves out rows that repeat an application already on the board (same link, or same company and role)', () => {
    const board = [makeApplication({ id: 'a1', company: 'Globex GmbH', role: 'Data Engineer', jobUrl: 'https://jobs.globex.example/123?utm_source=x' }), makeApplication({ id: 'a2', company: 'Initech', role: 'Support Lead', jobUrl: '' })];
    const csv = 'Company,Title,URL\nGlobex,Platform Engineer,http://www.jobs.globex.example/123/\ninitech, support  lead ,\nHooli,Designer,\n';
    const plan = importCsvPlan(csv, { preset: 'generic', skipDuplicates: true }, context(board));
    expect(plan.applications.map((a) => a.company)).toEqual(['Hooli']);
    expect(plan.duplicatesSkipped).toBe(2);
    // One of them included by its row: the other is still left out.
    const some = importCsvPlan(csv, { preset: 'generic', skipDuplicates: true, includeRows: [3] }, context(board));
    expect(some.applications.map((a) => a.company)).toEqual(['initech', 'Hooli']);
    expect(some.duplicatesSkipped).toBe(1);
  });
});

describe('streamIcs', () => {
  it('writes a calendar ical.js can read', async () => {
    const out = collector();
    const stats = await streamIcs(
      {
        interviews: [makeInterview()],
        followUps: [makeFollowUp(), makeFollowUp({ id: 'r', recurrence: 'FREQ=WEEKLY;COUNT=2' }), makeFollowUp({ id: 'c', status: 'cancelled' })],
        lookup: () => ({ company: 'Acme', role: 'Engineer' }),
        stamp: '2026-03-05T10:00:00.000Z',
      },
      out.sink,
    );
    expect(stats.records).toBe(3);
    const cal = new ICAL.Component(ICAL.parse(out.text()));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(3);
    expect(cal.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });
});
