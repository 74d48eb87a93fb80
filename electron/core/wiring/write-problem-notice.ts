import type { Notice } from '../../../shared/contract';
import type { WriteProblem } from '../store/hearback-store';

/**
 * Failing writes (a full disk…) are told in the app as one notice that changes in place:
 *
 * | the store reports                      | the notice (one id, replaced each time)                         |
 * |----------------------------------------|-----------------------------------------------------------------|
 * | a write refused, the journal still fine | error `write-refused`: the store's own words                   |
 * | writes stuck (read-only until it heals) | error `writes-stuck`: the store's words + "your data is read-only" |
 * | writes work again                       | info `writes-resumed`: nothing acknowledged was lost             |
 */
export const WRITE_NOTICE_ID = 'store-writes';

export function writeProblemNotice(problem: WriteProblem | null): Notice {
  if (problem === null) return { id: WRITE_NOTICE_ID, level: 'info', code: 'writes-resumed', message: 'Saving works again. Nothing acknowledged was lost.' };
  return problem.readOnly
    ? { id: WRITE_NOTICE_ID, level: 'error', code: 'writes-stuck', message: `${problem.message} Until then your data is read-only.` }
    : { id: WRITE_NOTICE_ID, level: 'error', code: 'write-refused', message: problem.message };
}
