import { describe, expect, it } from 'vitest';
import { BackupSchema } from '../../../../shared/export/backup-schema';
import { ApplicationSchema, type Application, type Posting } from '../../../../shared/domain';
import { ok, openTestCore } from '../../../support/core';
import { memoryTarget } from '../../../support/memory-export-target';
import { applicationOfEveryVersion } from '../../../support/store';

const posting: Posting = {
  text: 'We move money & keep it safe.\n\n• Go',
  sourceUrl: 'https://bigboard.example/jobs/view/4242',
  fetchedAt: '2026-03-02T09:00:00.000Z',
  employmentType: 'Full-time',
  postedOn: '2026-02-27',
  remote: false,
  sources: { company: 'json-ld', role: 'you', text: 'json-ld' },
};

describe('the posting in the JSON backup', () => {
  it('is exported, and imports back exactly', async () => {
    const first = memoryTarget();
    const source = await openTestCore({ exportTarget: first });
    const app = await ok<Application>(source, 'applications.create', { company: 'Acme', role: 'Engineer', posting });
    await ok(source, 'applications.create', { company: 'Typed', role: 'By hand' });
    await ok(source, 'applications.setArchived', { id: app.id, archived: true });
    await ok(source, 'export.run', { format: 'json' });
    const backup = BackupSchema.parse(JSON.parse(first.last()));
    expect(backup.applications.find((a) => a.company === 'Acme')?.posting).toEqual(posting);
    // An application without a posting has no key at all: files from before capture look the same.
    expect(Object.keys(backup.applications.find((a) => a.company === 'Typed') ?? {})).not.toContain('posting');
    await source.close();

    const second = memoryTarget();
    const target = await openTestCore({ exportTarget: second });
    await ok(target, 'import.backup', { json: first.last() });
    await ok(target, 'export.run', { format: 'json' });
    const strip = (json: string) => json.replace(/"exportedAt":"[^"]+"/, '');
    expect(strip(second.last())).toBe(strip(first.last()));
    // Archived applications are searched by their posting's text too.
    expect((await ok<{ items: Application[] }>(target, 'applications.listArchived', { query: 'keep it safe' })).items.map((a) => a.company)).toEqual(['Acme']);
    await target.close();
  });

  it('data from before capture (no posting key) still loads; null means no posting', () => {
    const old = applicationOfEveryVersion('a1', { company: 'Old' });
    expect(ApplicationSchema.parse(old)).toEqual(old);
    expect(ApplicationSchema.parse({ ...old, posting: null }).posting).toBeNull();
    const invalid = ApplicationSchema.safeParse({ ...old, posting: { ...posting, postedOn: '27/02/2026' } });
    expect(invalid.success).toBe(false);
  });
});
