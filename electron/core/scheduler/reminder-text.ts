import type { Reminder } from '../../../shared/contract/events';
import type { DueReminder } from '../../../shared/followup';

/** What each kind of reminder asks the user to do, in one line under its title. */
const BODY: Record<DueReminder['followUp']['kind'], string> = {
  'thank-you': 'Send a short thank-you note while the conversation is fresh.',
  'check-in': 'The promised time has passed: ask whether the door is open or shut.',
  'hear-back-prompt': 'Record when and how they said you would hear back.',
  custom: 'Your reminder is due.',
};

/** Added to a reminder shown although its delivery could not be saved (a full disk, a read-only folder). */
export const NOT_RECORDED = 'Hearback could not save that it reminded you (it cannot write to its data folder right now); it will record it once saving works again.';

export function toReminder(due: DueReminder): Reminder {
  return {
    followUpId: due.followUp.id,
    applicationId: due.followUp.applicationId,
    occurrence: due.occurrence,
    title: due.followUp.title || 'Follow-up due',
    body: BODY[due.followUp.kind],
  };
}
