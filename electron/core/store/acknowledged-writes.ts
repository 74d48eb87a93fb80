import { HearbackError } from '../../../shared/contract';
import type { HistoryEvent } from '../../../shared/domain';
import type { HistoryJournal } from './history-journal';
import { refusedWriteMessage } from './write-failure';

/** Why writes are failing right now, while the store keeps trying. */
export interface WriteProblem {
  message: string;
  /** The journal could not be cleaned up after the failure: nothing is accepted until it is. */
  readOnly: boolean;
}

/**
 * The journal append, the only place a change is acknowledged, and what its failures mean for
 * the user. A failed append leaves nothing behind (the journal cuts back to its last whole line)
 * and the action is refused with a sentence saying why; when even the cut fails, every change is
 * refused (read-only) until a later try succeeds — each append tries again, and so does `retry`.
 * `onProblem` hears every change of state: a problem, or null once a write succeeds.
 */
export class AcknowledgedWrites {
  problem: WriteProblem | null = null;
  onProblem: (problem: WriteProblem | null) => void = () => {};

  constructor(private readonly journal: HistoryJournal) {}

  /** Appends actions durably (one write), or throws `unavailable` / `read_only` with the user's sentence. */
  append(actions: readonly (readonly HistoryEvent[])[]): void {
    try {
      this.journal.appendActions(actions);
    } catch (error) {
      // While stuck, the first cause stays the message (a failed clean-up is not news to the user).
      const stuck = this.problem?.readOnly === true && this.journal.needsRepair;
      const message = stuck && this.problem ? this.problem.message : refusedWriteMessage(error, 'the history');
      const problem: WriteProblem = { message, readOnly: this.journal.needsRepair };
      if (this.problem?.message !== problem.message || this.problem.readOnly !== problem.readOnly) this.change(problem);
      throw new HearbackError(problem.readOnly ? 'read_only' : 'unavailable', message);
    }
    if (this.problem !== null) this.change(null);
  }

  /** Tries the clean-up again; the notice stays until an append succeeds (the real test). */
  retry(): void {
    if (this.problem?.readOnly && this.journal.runRepair()) this.change({ ...this.problem, readOnly: false });
  }

  private change(problem: WriteProblem | null): void {
    this.problem = problem;
    this.onProblem(problem);
  }
}
