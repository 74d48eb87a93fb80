import { describe, expect, it } from 'vitest';
import type { CsvPreviewResponse } from '../../../../shared/contract/methods/data';
import type { Application } from '../../../../shared/domain';
import { ok, openTestCore } from '../../../support/core';

const HUNTR = 'Company,Job Title,List,URL,Date Applied\r\nGlobex,Engineer,Interview,https://globex.example,11/10/2026\r\nInitech,Support,Rejected,nope,3/4/2026\r\n';

describe('CSV import through the core', () => {
  it('previews without writing, then imports every row with a company into the stage chosen for its value', async () => {
    const core = await openTestCore();
    const preview = await ok<CsvPreviewResponse>(core, 'import.previewCsv', { csv: HUNTR, preset: 'huntr' });
    expect(core.store.active.applications.size).toBe(0);
    expect(preview.stageValues.map((v) => [v.value, v.stageId])).toEqual([
      ['Interview', 'interviewing'],
      ['Rejected', 'closed'],
    ]);
    expect(preview.boardStages.map((s) => s.id)).toEqual(['wishlist', 'applied', 'interviewing', 'offer', 'closed']);
    await ok(core, 'import.commitCsv', { csv: HUNTR, preset: 'huntr', stageMap: { Interview: 'offer' }, dayOrder: 'dmy' });
    const apps = [...core.store.active.applications.values()] as Application[];
    expect(apps.map((a) => [a.company, a.stageId, a.jobUrl, a.createdAt])).toEqual([
      ['Globex', 'offer', 'https://globex.example', '2026-10-11T12:00:00.000Z'],
      ['Initech', 'closed', '', '2026-04-03T12:00:00.000Z'],
    ]);
    await core.close();
  });

  it('recognises a re-import of the same file and skips it unless told otherwise; after undo it imports again', async () => {
    const core = await openTestCore();
    await ok(core, 'import.commitCsv', { csv: HUNTR, preset: 'huntr' });
    const again = await ok<CsvPreviewResponse>(core, 'import.previewCsv', { csv: HUNTR, preset: 'huntr' });
    expect(again).toMatchObject({ importableRows: 2, duplicateRows: 2 });
    expect(await ok(core, 'import.commitCsv', { csv: HUNTR, preset: 'huntr' })).toMatchObject({ imported: 0, duplicatesSkipped: 2 });
    expect(core.store.active.applications.size).toBe(2);
    await ok(core, 'history.undo', {});
    expect(await ok(core, 'import.commitCsv', { csv: HUNTR, preset: 'huntr' })).toMatchObject({ imported: 2, duplicatesSkipped: 0 });
    expect(await ok(core, 'import.commitCsv', { csv: HUNTR, preset: 'huntr', skipDuplicates: false })).toMatchObject({ imported: 2, duplicatesSkipped: 0 });
    expect(core.store.active.applications.size).toBe(4);
    await core.close();
  });

  it('refuses a stage choice that is not a stage id, naming the field', async () => {
    const core = await openTestCore();
    const envelope = await core.dispatch('import.previewCsv', { csv: HUNTR, preset: 'huntr', stageMap: { Interview: '' } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await core.close();
  });
});
