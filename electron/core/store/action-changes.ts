import type { Application, FollowUp, HistoryEntity, HistoryEvent } from '../../../shared/domain';
import { placeUniquely, type PlacedCard } from './card-position';
import type { Change } from './change';

/** The record an event would replace right now (null when there is none). */
export type CurrentRecord = (entity: HistoryEntity, id: string, applicationId: string | null) => unknown;

/**
 * Every path that places a card — create, move, restore, undo, redo, import — goes through this,
 * so the rule that no two board cards of a stage share a position (card-position.ts) holds for
 * all. Only the card's own final change is adjusted; cards the action does not name never move.
 */
export function withUniquePositions(active: Iterable<Application>, changes: readonly Change[]): Change[] {
  const lastChange = new Map<string, number>();
  changes.forEach((change, index) => {
    if (change.entity === 'application') lastChange.set(change.id, index);
  });
  if (lastChange.size === 0) return [...changes];
  const finals: PlacedCard[] = [...lastChange.entries()]
    .sort((a, b) => a[1] - b[1])
    // A deleted card holds no position: listed as archived so it is left out of the board.
    .map(([id, index]) => (changes[index]!.after as Application | null) ?? { id, stageId: '', position: 0, archived: true });
  const moved = placeUniquely(active, finals);
  if (moved.size === 0) return [...changes];
  return changes.map((change, index) => {
    const position = moved.get(change.id);
    if (change.entity !== 'application' || position === undefined || lastChange.get(change.id) !== index) return change;
    return { ...change, after: { ...(change.after as Application), position } };
  });
}

/**
 * Undo and redo restore what the user changed, never the scheduler's record of reminders
 * already shown: a follow-up brought back keeps every delivery made since, so undoing an edit
 * does not show its reminder a second time.
 */
function keepingDeliveries(event: HistoryEvent, restored: unknown, current: CurrentRecord): unknown {
  if (event.entity !== 'followUp' || restored === null) return restored;
  const now = current(event.entity, event.entityId, event.applicationId) as FollowUp | null;
  if (now === null) return restored;
  const record = restored as FollowUp;
  const seen = new Set(record.deliveries.map((d) => `${d.occurrence}|${d.at}`));
  const deliveries = [...record.deliveries, ...now.deliveries.filter((d) => !seen.has(`${d.occurrence}|${d.at}`))].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-1000);
  return { ...record, deliveries };
}

/** The changes that reverse an action's events: last first, each record back to what it was. */
export function undoChanges(events: readonly HistoryEvent[], current: CurrentRecord): Change[] {
  return [...events].reverse().map((e) => ({
    entity: e.entity,
    kind: e.before === null ? 'deleted' : e.after === null ? 'created' : e.kind === 'moved' ? 'moved' : 'updated',
    id: e.entityId,
    applicationId: e.applicationId,
    after: keepingDeliveries(e, e.before, current),
    summary: `Undo: ${e.summary}`,
  }));
}

/** The changes that make an undone action's events again. */
export function redoChanges(original: readonly HistoryEvent[], current: CurrentRecord): Change[] {
  return original.map((e) => ({
    entity: e.entity,
    kind: e.kind,
    id: e.entityId,
    applicationId: e.applicationId,
    after: keepingDeliveries(e, e.after, current),
    summary: `Redo: ${e.summary}`,
  }));
}
