import type { HistoryEvent } from '../../../shared/domain';

/** How many user actions can be undone. */
export const UNDO_DEPTH = 100;

interface UndoEntry {
  actionId: string;
  summary: string;
  events: HistoryEvent[];
}

interface RedoEntry {
  /** The undo action's id (what a redo reverts). */
  actionId: string;
  summary: string;
  original: HistoryEvent[];
}

/**
 * The user's recent actions in this session. Undo and redo are themselves new actions in the
 * history (with `reverts` set), so the record stays append-only and tells the whole story.
 */
export class UndoHistory {
  private undoStack: UndoEntry[] = [];
  private redoStack: RedoEntry[] = [];
  private lastRecordedId: string | null = null;

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  /** The actions that can still be undone, oldest first (the last is what undo reverses next). */
  get undoableIds(): string[] {
    return this.undoStack.map((e) => e.actionId);
  }
  /** The id of the most recent new user action (not an undo or redo), for its "Undo" button. */
  get lastRecorded(): string | null {
    return this.lastRecordedId;
  }

  /** A new user action: it can be undone, and it ends any redo chain. */
  recorded(actionId: string, events: HistoryEvent[], summary: string): void {
    this.undoStack.push({ actionId, summary, events });
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
    this.redoStack = [];
    this.lastRecordedId = actionId;
  }

  /** The latest action, to reverse it; with `actionId`, only if that action is the latest. */
  takeUndo(actionId?: string): UndoEntry | undefined {
    const top = this.undoStack[this.undoStack.length - 1];
    if (actionId !== undefined && top?.actionId !== actionId) return undefined;
    return this.undoStack.pop();
  }

  undone(entry: UndoEntry, undoEvents: HistoryEvent[]): void {
    this.redoStack.push({ actionId: undoEvents[0]?.actionId ?? entry.actionId, summary: entry.summary, original: entry.events });
  }

  takeRedo(): RedoEntry | undefined {
    return this.redoStack.pop();
  }

  redone(entry: RedoEntry, redoEvents: HistoryEvent[]): void {
    this.undoStack.push({ actionId: redoEvents[0]?.actionId ?? entry.actionId, summary: entry.summary, events: redoEvents });
  }
}
