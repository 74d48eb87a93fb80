import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllData } from '../../../../shared/domain';
import { backupToJson, buildBackup } from '../../../../shared/export';
import { validateBackupJson } from '../../../../shared/import';
import { makeApplication, makeEvent, makeFollowUp, makeInterview, SETTINGS, STAGES } from '../export/fixtures';

const input: AllData = {
  stages: STAGES,
  settings: SETTINGS,
  applications: [makeApplication(), makeApplication({ id: 'app2', archived: true })],
  interviews: [makeInterview()],
  followUps: [makeFollowUp()],
  history: [makeEvent(), makeEvent({ seq: 2, kind: 'moved', summary: 'Moved to Applied' })],
};
const EXPORTED_AT = '2026-04-01T00:00:00.000Z';

function mutate(edit: (backup: Record<string, unknown> & { applications: Record<string, unknown>[] }) => void): string {
  const value = JSON.parse(backupToJson(buildBackup(input, EXPORTED_AT))) as Record<string, unknown> & { applications: Record<string, unknown>[] };
  edit(value);
  return JSON.stringify(value);
}

describe('validateBackupJson', () => {
  it('accepts a backup and summarises it', () => {
    const result = validateBackupJson(backupToJson(buildBackup(input, EXPORTED_AT)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.summary).toMatchObject({ applications: 2, archivedApplications: 1, interviews: 1, history: 2 });
  });

  it('names the record and field of a problem', () => {
    const json = mutate((b) => {
      const app = b.applications[1];
      if (app) app.company = '   ';
    });
    const result = validateBackupJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe('applications[1].company: is required');
      expect(result.issues).toEqual([{ path: 'applications[1].company', message: 'is required' }]);
    }
  });

  it.each([
    ['not JSON', '{"format":', '(root): is not valid JSON'],
    ['an array', '[]', '(root): is not a Hearback backup'],
    ['another format', '{"format":"other"}', 'format: must be "hearback-backup"'],
    ['a newer version', '{"format":"hearback-backup","version":2}', 'version: is 2: this backup was written by a newer Hearback'],
  ])('refuses %s', (_name, json, message) => {
    const result = validateBackupJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses dangling references and duplicate ids', () => {
    const json = mutate((b) => {
      const [first] = b.applications;
      if (first) first.stageId = 'nope';
      b.applications.push({ ...b.applications[1] });
    });
    const result = validateBackupJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual(['applications[2].id', 'applications[0].stageId']);
      expect(result.message).toContain('(and 1 more problem)');
    }
  });

  it('refuses unknown fields (strict records)', () => {
    const json = mutate((b) => {
      const app = b.applications[0];
      if (app) app.evil = true;
    });
    const result = validateBackupJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('applications[0]');
  });

  it('accepts a leading BOM', () => {
    expect(validateBackupJson(`\uFEFF${backupToJson(buildBackup(input, EXPORTED_AT))}`).ok).toBe(true);
  });
});

const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const userText = (max: number) => fc.string({ unit: 'binary', maxLength: max });
const required = (max: number) => userText(max).filter((s) => s.trim().length > 0);

const applicationArb = fc.record({
  company: required(200),
  role: required(200),
  notes: userText(500),
  tags: fc.array(required(40), { maxLength: 5 }),
  archived: fc.boolean(),
  stageId: fc.constantFrom(...STAGES.map((s) => s.id)),
  position: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  createdAt: instant,
  reached: fc.dictionary(fc.constantFrom(...STAGES.map((s) => s.id)), instant),
});

describe('backup round trip', () => {
  it('export → import → export is byte-identical', () => {
    fc.assert(
      fc.property(fc.array(applicationArb, { maxLength: 8 }), userText(300), (apps, summary) => {
        const applications = apps.map((a, i) =>
          makeApplication({ id: `a${i}`, company: a.company, role: a.role, notes: a.notes, tags: a.tags, archived: a.archived, stageId: a.stageId, position: a.position, createdAt: a.createdAt, stageReachedAt: a.reached }),
        );
        const first = backupToJson(buildBackup({ ...input, applications, interviews: [], followUps: [], history: [makeEvent({ summary, after: { nested: [summary, 1, null] } })] }, EXPORTED_AT));
        const imported = validateBackupJson(first);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(backupToJson(imported.backup)).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});
