import type { HistoryEvent } from '../../../shared/domain';
import type { CurrentRecord } from './action-changes';
import type { ActionInput } from './change';

/**
 * The events of actions committed together (one durable write), built before anything is written:
 *
 * | rule                      | why                                                                   |
 * |---------------------------|-----------------------------------------------------------------------|
 * | each action its own id    | the History lists each one (a batch from another computer stays one line per action there) |
 * | seqs continue in order    | the journal replays them in the order written                         |
 * | `before` sees the earlier actions of the batch | a record changed twice in one batch undoes to the right value |
 * | `fromDevice` only when given | an action applied from another computer names it; this computer's own events keep their shape |
 */
export function eventsOfActions(actions: readonly ActionInput[], options: { at: string; lastSeq: number; newId: () => string; current: CurrentRecord }): HistoryEvent[][] {
  const written = new Map<string, unknown>();
  const key = (entity: string, id: string) => `${entity}\u0000${id}`;
  let seq = options.lastSeq;
  return actions.map((action) => {
    const actionId = options.newId();
    return action.changes.map((change) => {
      seq += 1;
      const k = key(change.entity, change.id);
      const before = written.has(k) ? written.get(k) : options.current(change.entity, change.id, change.applicationId);
      written.set(k, change.after);
      return {
        seq,
        at: options.at,
        actionId,
        kind: change.kind,
        entity: change.entity,
        entityId: change.id,
        applicationId: change.applicationId,
        summary: change.summary.slice(0, 500),
        reverts: action.reverts ?? null,
        ...(action.fromDevice === undefined ? {} : { fromDevice: action.fromDevice }),
        before,
        after: change.after,
      };
    });
  });
}
