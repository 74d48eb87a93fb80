import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Application, WorkSearchActivity } from '../../../../shared/domain';
import type { WorkLogRow } from '../../../../shared/worklog';
import { ok, openTestCore, tempDir } from '../../../support/core';
import { memoryTarget } from '../../../support/memory-export-target';

type Log = { range: { from: string; to: string }; weekStartDay: number; rows: WorkLogRow[] };
const WEEK = { from: '2026-03-02', to: '2026-03-08' };
const FAIR = { type: 'job-fair', date: '2026-03-04', employer: 'City job fair', method: 'in-person', note: 'Talked to 4 employers' };

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function refused(c: Core, method: string, payload: unknown): Promise<string> {
  const before = c.store.revision;
  const envelope = await c.dispatch(method, payload);
  expect(envelope.ok).toBe(false);
  expect(c.store.revision).toBe(before);
  return envelope.ok ? '' : `${envelope.error.code}: ${envelope.error.message} ${envelope.error.issues?.map((i) => `${i.path} ${i.message}`).join('; ') ?? ''}`;
}

describe('work-search log calls', () => {
  it('lists this week by default, from the user’s work-week start', async () => {
    core = await openTestCore();
    await ok<Application>(core, 'applications.create', { company: 'Northwind', role: 'Analyst', stageId: 'applied' });
    await ok<Application>(core, 'applications.create', { company: 'Wished', role: 'Analyst', stageId: 'wishlist' });
    const log = await ok<Log>(core, 'worklog.get', {});
    expect(log.range).toEqual(WEEK);
    expect(log.rows.map((r) => [r.type, r.employer, r.date])).toEqual([['application', 'Northwind', '2026-03-02']]);
  });

  it('refuses invalid input with a specific message and writes nothing', async () => {
    core = await openTestCore();
    expect(await refused(core, 'worklog.add', { ...FAIR, employer: '   ' })).toMatch(/employer/);
    expect(await refused(core, 'worklog.add', { ...FAIR, date: '04.03.2026' })).toMatch(/date like 2026-01-31/);
    expect(await refused(core, 'worklog.add', { ...FAIR, method: 'carrier pigeon' })).toMatch(/method/);
    expect(await refused(core, 'worklog.add', { ...FAIR, extra: 1 })).toMatch(/invalid_request: This form sent something Hearback cannot save/);
    expect(await refused(core, 'worklog.get', { range: { from: '2026-03-08', to: '2026-03-02' } })).toMatch(/before the start date/);
    expect(await refused(core, 'worklog.get', { range: { from: '2024-01-01', to: '2026-03-02' } })).toMatch(/at most 372 days/);
    expect(await refused(core, 'worklog.get', { range: { from: 'last week', to: '2026-13-45' } })).toMatch(/date like 2026-01-31/);
    expect(await refused(core, 'worklog.edit', { key: 'interview:nope', patch: { note: 'x' } })).toMatch(/not_found/);
    expect(await refused(core, 'worklog.edit', { key: 'manual:nope', patch: {} })).toMatch(/at least one field/);
    expect(await refused(core, 'worklog.edit', { key: '<script>', patch: { note: 'x' } })).toMatch(/key/);
    expect(core.store.workSearchActivities()).toEqual([]);
  });

  it('a manual entry is a journal record: listed, edited, and undone', async () => {
    core = await openTestCore();
    const entry = await ok<WorkSearchActivity>(core, 'worklog.add', FAIR);
    expect((await ok<Log>(core, 'worklog.get', {})).rows.map((r) => [r.key, r.type, r.method, r.note])).toEqual([[`manual:${entry.id}`, 'job-fair', 'in-person', 'Talked to 4 employers']]);
    await ok(core, 'worklog.edit', { key: `manual:${entry.id}`, patch: { result: 'Two leads' } });
    expect((await ok<Log>(core, 'worklog.get', {})).rows[0]?.result).toBe('Two leads');
    await ok(core, 'history.undo', {});
    expect((await ok<Log>(core, 'worklog.get', {})).rows[0]?.result).toBe('');
    await ok(core, 'history.undo', {});
    expect((await ok<Log>(core, 'worklog.get', {})).rows).toEqual([]);
    await ok(core, 'history.redo', {});
    expect((await ok<Log>(core, 'worklog.get', {})).rows).toHaveLength(1);
    await ok(core, 'worklog.remove', { id: entry.id });
    expect((await ok<Log>(core, 'worklog.get', {})).rows).toEqual([]);
    await ok(core, 'history.undo', {});
    expect((await ok<Log>(core, 'worklog.get', {})).rows).toHaveLength(1);
  });

  it('edits and exclusions of a derived row are kept in one record per row, survive reopening, and leave exports', async () => {
    const target = memoryTarget();
    const dataDir = tempDir();
    core = await openTestCore({ exportTarget: target, dataDir });
    const app = await ok<Application>(core, 'applications.create', { company: '=HYPERLINK("x")', role: 'Analyst', stageId: 'applied' });
    await ok(core, 'applications.create', { company: 'Contoso', role: 'Clerk', stageId: 'applied' });
    await ok(core, 'worklog.edit', { key: `application:${app.id}`, patch: { method: 'email', contact: 'jobs@northwind.example' } });
    await ok(core, 'worklog.edit', { key: `application:${app.id}`, patch: { note: 'Referred by Dana' } });
    expect(core.store.workSearchActivities()).toHaveLength(1);
    const row = (await ok<Log>(core, 'worklog.get', {})).rows.find((r) => r.applicationId === app.id);
    expect(row).toMatchObject({ method: 'email', contact: 'jobs@northwind.example', note: 'Referred by Dana', link: { entity: 'application', id: app.id } });

    await ok(core, 'worklog.export', { range: WEEK, preset: 'generic', format: 'csv' });
    const csv = target.last();
    expect(csv.startsWith('\uFEFF"Date"')).toBe(true);
    const cells = parse(csv.slice(1)) as string[][];
    expect(cells.map((r) => r[2])).toEqual(['Employer', '\'=HYPERLINK("x")', 'Contoso']);

    await ok(core, 'worklog.edit', { key: `application:${app.id}`, patch: { excluded: true } });
    await ok(core, 'worklog.export', { range: WEEK, preset: 'de-eigen', format: 'csv' });
    expect((parse(target.last().slice(1)) as string[][]).map((r) => r[1])).toEqual(['Arbeitgeber', 'Contoso']);

    await core.close();
    core = await openTestCore({ dataDir });
    const after = (await ok<Log>(core, 'worklog.get', {})).rows.find((r) => r.applicationId === app.id);
    expect(after).toMatchObject({ excluded: true, method: 'email', note: 'Referred by Dana' });
  });

  it('PDF needs the desktop app; the HTML report carries the name and the week', async () => {
    const target = memoryTarget();
    core = await openTestCore({ exportTarget: target });
    await ok(core, 'settings.update', { patch: { userName: 'Sam Lee' } });
    await ok(core, 'worklog.add', FAIR);
    expect(await refused(core, 'worklog.export', { range: WEEK, preset: 'generic', format: 'report-pdf' })).toMatch(/unavailable: PDF needs the desktop app/);
    await ok(core, 'worklog.export', { range: WEEK, preset: 'us-state', format: 'report-html' });
    expect(target.last()).toContain('Sam Lee');
    expect(target.last()).toContain('03/02/2026 – 03/08/2026');
    expect(target.last()).toContain('City job fair');
  });

  it('manual entries and edits travel in the JSON backup and import back', async () => {
    const target = memoryTarget();
    core = await openTestCore({ exportTarget: target });
    await ok(core, 'worklog.add', FAIR);
    await ok(core, 'export.run', { format: 'json' });
    const backup = target.last();
    expect(JSON.parse(backup).workSearchActivities).toHaveLength(1);
    const other = await openTestCore({ exportTarget: memoryTarget() });
    await ok(other, 'import.backup', { json: backup });
    expect((await ok<Log>(other, 'worklog.get', {})).rows.map((r) => r.employer)).toEqual(['City job fair']);
    await other.close();
  });
});
