import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplicationSchema, WORKPLACE_LABELS, WORKPLACES, workplaceFromText, workplaceOf, type Application, type Workplace } from '../../../../shared/domain';
import { CsvPreviewSchema } from '../../../../shared/contract/methods/data';
import { ok, openTestCore } from '../../../support/core';
import { memoryTarget } from '../../../support/memory-export-target';
import { applicationOfEveryVersion } from '../../../support/store';

/** The workplace field: remote / hybrid / on site / not stated (shared/domain/workplace.ts). */
describe('workplace in the domain', () => {
  it('reads data written before the field existed: the posting’s remote flag, else not stated', () => {
    const older = applicationOfEveryVersion('a1', { company: 'Acme' });
    const posting = (remote: boolean | null) => ({ text: '', sourceUrl: 'https://a.example', fetchedAt: '2026-01-01T00:00:00.000Z', employmentType: '', postedOn: '', remote, sources: { remote: 'lever' } });
    expect(workplaceOf(ApplicationSchema.parse(older))).toBeNull();
    expect(workplaceOf(ApplicationSchema.parse({ ...older, posting: posting(true) }))).toBe('remote');
    expect(workplaceOf(ApplicationSchema.parse({ ...older, posting: posting(false) }))).toBe('onsite');
    expect(workplaceOf(ApplicationSchema.parse({ ...older, posting: posting(null) }))).toBeNull();
    // A workplace set since wins over the older flag, "not stated" (null) included.
    expect(workplaceOf(ApplicationSchema.parse({ ...older, workplace: 'hybrid', posting: posting(true) }))).toBe('hybrid');
    expect(workplaceOf(ApplicationSchema.parse({ ...older, workplace: null, posting: posting(true) }))).toBeNull();
  });

  it('refuses a workplace that is not one of the three', () => {
    const result = ApplicationSchema.shape.workplace.safeParse('sometimes');
    expect(result.success).toBe(false);
  });

  it('the words written to CSV are read back as the same workplace, in any case and spacing', () => {
    fc.assert(
      fc.property(fc.constantFrom<Workplace | null>(...WORKPLACES, null), fc.constantFrom('lower', 'upper', 'as is'), fc.constantFrom('', ' ', '  '), (workplace, casing, pad) => {
        const written = workplace ? WORKPLACE_LABELS[workplace] : '';
        const cased = casing === 'lower' ? written.toLowerCase() : casing === 'upper' ? written.toUpperCase() : written;
        expect(workplaceFromText(`${pad}${cased}${pad}`)).toBe(workplace);
      }),
    );
    expect(workplaceFromText('Onsite')).toBe('onsite');
    expect(workplaceFromText('on-site')).toBe('onsite');
    expect(workplaceFromText('Not stated')).toBeNull();
    expect(workplaceFromText('sometimes')).toBeUndefined();
  });
});

describe('workplace through the core: saved, exported and imported back exactly', () => {
  async function withEachWorkplace() {
    const target = memoryTarget();
    const core = await openTestCore({ exportTarget: target });
    const created: Application[] = [];
    for (const workplace of [...WORKPLACES, null]) {
      created.push(await ok<Application>(core, 'applications.create', { company: `Co ${workplace ?? 'none'}`, role: 'Engineer', ...(workplace ? { workplace } : {}) }));
    }
    return { core, target, created };
  }

  it('an edit sets and clears it; a wrong value is refused, naming the field, and writes nothing', async () => {
    const { core, created } = await withEachWorkplace();
    const first = created[0]!;
    expect(first.workplace).toBe('remote');
    expect((await ok<Application>(core, 'applications.update', { id: first.id, patch: { workplace: 'hybrid' } })).workplace).toBe('hybrid');
    expect((await ok<Application>(core, 'applications.update', { id: first.id, patch: { workplace: null } })).workplace).toBeNull();
    const revision = core.store.revision;
    const refused = await core.dispatch('applications.update', { id: first.id, patch: { workplace: 'sometimes' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues.map((i) => i.path)).toContain('patch.workplace');
    expect(core.store.revision).toBe(revision);
    await core.close();
  });

  it('the applications CSV has a workplace column that the CSV import reads back', async () => {
    const { core, target } = await withEachWorkplace();
    await ok(core, 'export.run', { format: 'csv-applications' });
    const csv = target.last().replace(/^\uFEFF/, '');
    const [header = '', ...lines] = csv.trim().split(/\r?\n/);
    const column = header.split(',').indexOf('workplace');
    expect(column).toBeGreaterThan(-1);
    expect(lines.map((l) => l.split(',')[column]).sort()).toEqual(['', 'Hybrid', 'On site', 'Remote']);
    await core.close();

    const fresh = await openTestCore({ exportTarget: memoryTarget() });
    // The preview shows each row's workplace, in the contract's shape; a word it does not know is a bad cell.
    const preview = CsvPreviewSchema.parse(await ok(fresh, 'import.previewCsv', { csv, preset: 'generic' }));
    expect(preview.rows.map((r) => r.workplace).sort()).toEqual(['hybrid', 'onsite', 'remote', null].sort());
    const odd = await ok<{ problems: { column: string; effect: string }[] }>(fresh, 'import.previewCsv', { csv: 'Company,Workplace\nAcme,Sometimes\n', preset: 'generic' });
    expect(odd.problems).toContainEqual(expect.objectContaining({ column: 'Workplace', effect: 'cell-left-out' }));
    await ok(fresh, 'import.commitCsv', { csv, preset: 'generic' });
    const imported = [...fresh.store.active.applications.values()].sort((a, b) => a.company.localeCompare(b.company));
    expect(imported.map((a) => [a.company, workplaceOf(a)])).toEqual([
      ['Co hybrid', 'hybrid'],
      ['Co none', null],
      ['Co onsite', 'onsite'],
      ['Co remote', 'remote'],
    ]);
    await fresh.close();
  });

  it('a JSON backup keeps it exactly', async () => {
    const { core, target } = await withEachWorkplace();
    await ok(core, 'export.run', { format: 'json' });
    const backup = target.last();
    await core.close();
    const fresh = await openTestCore({ exportTarget: memoryTarget() });
    await ok(fresh, 'import.backup', { json: backup });
    const byCompany = [...fresh.store.active.applications.values()].sort((a, b) => a.company.localeCompare(b.company));
    expect(byCompany.map((a) => [a.company, a.workplace ?? null])).toEqual([
      ['Co hybrid', 'hybrid'],
      ['Co none', null],
      ['Co onsite', 'onsite'],
      ['Co remote', 'remote'],
    ]);
    await fresh.close();
  });
});
