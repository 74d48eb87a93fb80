import type { UndoTicket, Workspace } from '../../../shared/contract';

/**
 * Undo, as the user sees it. Ctrl+Z undoes the latest change; a toast's Undo undoes exactly the
 * change the toast is about, so it works only while that change is the latest one:
 *
 * | the toast's change…                         | its Undo                                          |
 * |---------------------------------------------|---------------------------------------------------|
 * | is the latest undoable change               | enabled; reverses that change                     |
 * | not in the workspace the screen has yet     | enabled (the core checks again when pressed)      |
 * | is older than a later undoable change       | disabled: "Can't undo: a later change came after it" |
 * | is no longer undoable (undone, or too old)  | disabled: "Can't undo: already undone"            |
 */

/** What the screen knows about undo: from the workspace it last fetched. */
export type UndoState = Pick<Workspace, 'revision' | 'undoableActionIds'>;

export type UndoAvailability = { ok: true } | { ok: false; reason: string };

export function undoAvailability(ticket: UndoTicket, state: UndoState | null): UndoAvailability {
  if (state === null || state.revision < ticket.revision) return { ok: true };
  const ids = state.undoableActionIds;
  if (ids[ids.length - 1] === ticket.actionId) return { ok: true };
  if (ids.includes(ticket.actionId)) return { ok: false, reason: 'Can’t undo: a later change came after it.' };
  return { ok: false, reason: 'Can’t undo: already undone.' };
}
