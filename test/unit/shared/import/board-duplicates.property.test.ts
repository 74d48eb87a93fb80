import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../../shared/capture/duplicates';
import { indexBoard, type BoardApplication } from '../../../../shared/import';

/**
 * An import's rows are duplicates by the same rule as a captured posting: the board index must
 * agree with capture's `findDuplicates` (the reference, one application at a time) on whether a
 * row repeats the board, for generated boards and rows whose links and names collide often.
 */
const company = fc.constantFrom('Globex', 'globex', 'Globex GmbH', 'Initech', ' initech ', 'Umbrella');
const role = fc.constantFrom('Data Engineer', 'data engineer', 'Data-Engineer', 'QA', 'Role not given', '');
const link = fc.constantFrom('', 'https://jobs.example/1', 'http://www.jobs.example/1/', 'https://jobs.example/1?utm_source=x', 'https://jobs.example/2', 'not a link');

describe('duplicates against the board (property)', () => {
  it('flags a row exactly when capture’s rule finds it on the board', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ company, role, jobUrl: link, archived: fc.boolean() }), { maxLength: 8 }), fc.record({ company, role, jobUrl: link }), (apps, row) => {
        const board: BoardApplication[] = apps.map((a, i) => ({ ...a, id: `a${i}` }));
        const found = indexBoard(board).find({ ...row, fingerprint: 'ffffffffffffffff' });
        const reference = findDuplicates({ jobUrls: [row.jobUrl], company: row.company, role: row.role }, board);
        expect(found !== null).toBe(reference.length > 0);
        if (found) expect(reference.map((d) => d.id)).toContain(found.applicationId);
      }),
      { numRuns: 1000 },
    );
  });
});
