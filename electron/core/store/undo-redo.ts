import { HearbackError } from '../../../shared/contract';
import type { HistoryEvent } from '../../../shared/domain';
import { redoChanges, undoChanges, type CurrentRecord } from './action-changes';
import type { ActionInput, Change } from './change';
import type { UndoHistory } from './undo-history';

/**
 * Undo and redo, each a new action in the history (with `reverts` set):
 *
 * | asked                                   | result                                                     |
 * |-----------------------------------------|------------------------------------------------------------|
 * | undo, nothing to undo                   | null                                                       |
 * | undo of the latest user action          | its records set back; with sync, only the fields it still holds (the others named as kept) |
 * | undo of a named action already undone   | `conflict`: "that change was already undone"               |
 * | undo of a named action not the latest   | `conflict`: undo the later one first (undoing another would surprise the user) |
 * | redo after an undo                      | the undone action's records set again                      |
 */
export interface UndoDeps {
  history: UndoHistory;
  current: CurrentRecord;
  /** Narrows an undo to what the undone action still owns (sync); names the fields kept. */
  filterUndo: (undoneActionId: string, changes: Change[]) => { changes: Change[]; kept: string[] };
  commit: (action: ActionInput) => HistoryEvent[];
}

export function undoAction(deps: UndoDeps, actionId?: string): string | null {
  if (actionId !== undefined && !deps.history.undoableIds.includes(actionId)) {
    throw new HearbackError('conflict', 'Can’t undo: that change was already undone.');
  }
  const entry = deps.history.takeUndo(actionId);
  if (!entry && actionId !== undefined) throw new HearbackError('conflict', 'Can’t undo: a later change came after it. Undo that one first.');
  if (!entry) return null;
  const filtered = deps.filterUndo(entry.actionId, undoChanges(entry.events, deps.current));
  const kept = filtered.kept.length === 0 ? '' : ` (kept ${filtered.kept.join(', ')}: changed on another computer since)`;
  const events = deps.commit({
    summary: `Undo: ${entry.summary}${kept}`,
    undoable: false,
    reverts: entry.actionId,
    changes: filtered.changes.map((c) => ({ ...c, summary: `${c.summary}${kept}` })),
  });
  deps.history.undone(entry, events);
  return `${entry.summary}${kept}`;
}

export function redoAction(deps: UndoDeps): string | null {
  const entry = deps.history.takeRedo();
  if (!entry) return null;
  const events = deps.commit({ summary: entry.summary, undoable: false, reverts: entry.actionId, changes: redoChanges(entry.original, deps.current) });
  deps.history.redone(entry, events);
  return entry.summary;
}
