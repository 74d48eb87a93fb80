import type { UndoTicket } from '../../../shared/contract';
import { call, userMessage } from '../contract';

/** The calls behind Ctrl+Z and a toast's Undo; when a toast's Undo applies: ./undo-availability.ts. */

type Show = (toast: { tone: 'info' | 'error'; message: string }) => void;

/** Undoes exactly the change behind `ticket` (never another one), and says what happened. */
export async function undoTicket(ticket: UndoTicket, show: Show): Promise<void> {
  try {
    const { summary } = await call('history.undo', { actionId: ticket.actionId });
    show({ tone: 'info', message: summary ? `Undone: ${summary}` : 'Nothing to undo' });
  } catch (failure) {
    show({ tone: 'error', message: userMessage(failure) });
  }
}

/** Undoes (or redoes) the latest change — Ctrl+Z / Ctrl+Shift+Z — and says what was undone. */
export async function undoLatest(show: Show, redo = false): Promise<void> {
  try {
    const { summary } = await call(redo ? 'history.redo' : 'history.undo', {});
    show({ tone: 'info', message: summary ? `${redo ? 'Redone' : 'Undone'}: ${summary}` : `Nothing to ${redo ? 'redo' : 'undo'}` });
  } catch (failure) {
    show({ tone: 'error', message: userMessage(failure) });
  }
}
