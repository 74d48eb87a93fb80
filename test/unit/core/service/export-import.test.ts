import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Application, Interview } from '../../../../shared/domain';
import { ok, openTestCore } from '../../../support/core';
import { memoryTarget } from '../../../support/memory-export-target';

async function populate(core: Core): Promise<void> {
  const a = await ok<Application>(core, 'applications.create', { company: 'Acme, "Inc"', role: 'Engineer 🚀', notes: 'line 1\nline 2', tags: ['remote'] });
  const b = await ok<Application>(core, 'applications.create', { company: '=cmd|calc', role: 'Analyst', stageId: 'interviewing' });
  await ok<Interview>(core, 'interviews.create', {
    applicationId: b.id,
    round: 'Panel',
    startsAt: '2026-03-02T08:00:00.000Z',
    timeZone: 'America/New_York',
    hearBack: { status: 'date', date: '2026-03-06', channel: 'phone', asked: true },
    memorableDetail: 'the “offline-first” roadmap',
  });
  await ok(core, 'applications.move', { id: a.id, toStageId: 'offer', toIndex: 0 });
  await ok(core, 'applications.setArchived', { id: a.id, archived: true });
  await ok(core, 'stages.create', { name: 'Take-home' });
}

const withoutStamp = (json: string) => json.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"-"');

describe('export and import through the core', () => {
  it('a JSON backup imports into a fresh store and exports again identically', async () => {
    const first = memoryTarget();
    const source = await openTestCore({ exportTarget: first });
    await populate(source);
    await ok(source, 'export.run', { format: 'json' });
    const backup = first.last();
    await source.close();

    const second = memoryTarget();
    const target = await openTestCore({ exportTarget: second });
    await ok(target, 'applications.create', { company: 'Replaced', role: 'Gone' });
    const summary = await ok<{ applications: number; archivedApplications: number; history: number }>(target, 'import.backup', { json: backup });
    expect(summary).toMatchObject({ applications: 2, archivedApplications: 1 });
    expect([...target.store.active.applications.values()].map((a) => a.company)).toEqual(['=cmd|calc']);
    await ok(target, 'export.run', { format: 'json' });
    expect(withoutStamp(second.last())).toBe(withoutStamp(backup));
    await target.close();
  });

  it('an invalid backup changes nothing and names the record and field', async () => {
    const core = await openTestCore({ exportTarget: memoryTarget() });
    await ok(core, 'applications.create', { company: 'Keep me', role: 'Engineer' });
    const revision = core.store.revision;
    const envelope = await core.dispatch('import.backup', {
      json: JSON.stringify({ format: 'hearback-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', stages: [], settings: {}, applications: [{ id: 'x' }], interviews: [], followUps: [], history: [] }),
    });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.issues.map((i) => i.path).join(' ')).toMatch(/applications\[0\]|applications\.0|stages|settings/);
    expect(core.store.revision).toBe(revision);
    expect([...core.store.active.applications.values()].map((a) => a.company)).toEqual(['Keep me']);
    await core.close();
  });

  it('CSV exports start with a BOM and neutralise formulas', async () => {
    const target = memoryTarget();
    const core = await openTestCore({ exportTarget: target });
    await populate(core);
    await ok(core, 'export.run', { format: 'csv-applications' });
    const csv = target.last();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'=cmd|calc");
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    await ok(core, 'export.run', { format: 'csv-history' });
    expect(target.last().split('\r\n').length).toBeGreaterThan(5);
    await ok(core, 'export.run', { format: 'ics' });
    expect(target.last()).toContain('BEGIN:VCALENDAR');
    await ok(core, 'export.run', { format: 'report-html' });
    expect(target.last()).toContain('&quot;Inc&quot;');
    await core.close();
  });

  it('a tracker CSV import is one undoable action', async () => {
    const core = await openTestCore();
    const csv = 'Company,Job Title,Status\nGlobex,Analyst,Applied\nInitech,Developer,Wishlist\n';
    const result = await ok<{ imported: number }>(core, 'import.commitCsv', { csv, preset: 'generic' });
    expect(result.imported).toBe(2);
    expect(core.store.active.applications.size).toBe(2);
    await ok(core, 'history.undo', {});
    expect(core.store.active.applications.size).toBe(0);
    await core.close();
  });
});

describe('the PDF report', () => {
  it('is refused with a helpful message where there is no printToPDF (browser mode)', async () => {
    const core = await openTestCore({ exportTarget: memoryTarget() });
    const envelope = await core.dispatch('export.run', { format: 'report-pdf' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await core.close();
  });

  it('prints the same report HTML to PDF where the desktop app provides it', async () => {
    const target = memoryTarget();
    const printed: string[] = [];
    const core = await openTestCore({ exportTarget: target, renderPdf: async (html) => (printed.push(html), Buffer.from('%PDF-1.7')) });
    await populate(core);
    await ok(core, 'export.run', { format: 'report-pdf' });
    expect(target.last()).toBe('%PDF-1.7');
    expect(printed[0]).toContain('&quot;Inc&quot;');
    await core.close();
  });
});
