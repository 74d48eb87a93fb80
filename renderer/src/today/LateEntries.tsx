import { useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import type { Application, Interview } from '../../../shared/domain';
import { callUndoable, userMessage } from '../contract';
import { formatInstant } from '../ui/format-time';
import { useToasts } from '../ui/toasts';
import { TodaySection } from './TodaySection';
import { useShownCount } from './useShownCount';

type LateEntry = { interview: Interview; application: Application };

/** Worked out once per workspace revision (a workspace object is never changed in place): Today asks twice per draw. */
const lateEntriesOf = new WeakMap<Workspace, readonly LateEntry[]>();

/** Interviews entered after the fact whose question is still open, newest interview first. */
export function lateEntries(workspace: Workspace): readonly LateEntry[] {
  let entries = lateEntriesOf.get(workspace);
  if (!entries) lateEntriesOf.set(workspace, (entries = findLateEntries(workspace)));
  return entries;
}

function findLateEntries(workspace: Workspace): LateEntry[] {
  const apps = new Map(workspace.applications.map((a) => [a.id, a]));
  return workspace.interviews
    .filter((i) => i.lateEntry !== undefined && i.lateEntry.answer === null && i.outcome !== 'cancelled')
    .flatMap((interview) => {
      const application = apps.get(interview.applicationId);
      return application ? [{ interview, application }] : [];
    })
    .sort((a, b) => b.interview.startsAt.localeCompare(a.interview.startsAt));
}

/**
 * "Did you send a thank-you? Did they answer?" — asked once per interview entered after it took
 * place. Its past moments were never notified; the answer closes or re-plans them.
 */
export function LateEntries({ workspace, zone }: { workspace: Workspace; zone: string }) {
  const items = lateEntries(workspace);
  const { shown, more } = useShownCount();
  return (
    <TodaySection id="late" title="Interviews you added afterwards" count={items.length} tone="warning" hint="Their reminders’ moments had passed, so Hearback did not notify them. Answer once and it plans from here.">
      <ul className="follow-up-list" aria-label="Interviews added afterwards">
        {shown('Interviews added afterwards', items).map(({ interview, application }) => (
          <LateEntryItem key={interview.id} interview={interview} application={application} zone={zone} />
        ))}
      </ul>
      {more('Interviews added afterwards', items.length)}
    </TodaySection>
  );
}

function LateEntryItem({ interview, application, zone }: { interview: Interview; application: Application; zone: string }) {
  const toasts = useToasts();
  const [thankYouSent, setThankYouSent] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const name = `${interview.round} with ${application.company}`;
  const answer = async (answered: boolean) => {
    if (thankYouSent === null) return;
    setBusy(true);
    try {
      const { undo } = await callUndoable('interviews.answerLate', { id: interview.id, thankYouSent, answered });
      const plan = answered ? 'no check-ins planned' : 'a check-in is planned from the next business day';
      toasts.show({ tone: 'success', message: `${name}: ${thankYouSent ? 'thank-you recorded as sent' : 'no thank-you'}, ${answered ? 'heard back' : plan}.`, undo });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setBusy(false);
    }
  };
  const groupId = `late-${interview.id}`;
  return (
    <li className="follow-up-item" aria-label={name}>
      <p>
        <strong>{name}</strong> <span className="muted">— {formatInstant(interview.startsAt, zone)}</span>
      </p>
      <fieldset className="radio-group inline" aria-describedby={`${groupId}-q`}>
        <legend id={`${groupId}-q`}>Did you send a thank-you?</legend>
        <label className="check-row">
          <input type="radio" name={`${groupId}-thanks`} checked={thankYouSent === true} onChange={() => setThankYouSent(true)} disabled={busy} />
          Yes, I sent one
        </label>
        <label className="check-row">
          <input type="radio" name={`${groupId}-thanks`} checked={thankYouSent === false} onChange={() => setThankYouSent(false)} disabled={busy} />
          No
        </label>
      </fieldset>
      <div className="follow-up-actions" role="group" aria-label={`Did ${application.company} answer?`}>
        <span>Did they answer?</span>
        <button type="button" className="button small" disabled={busy || thankYouSent === null} onClick={() => void answer(true)}>
          Yes, they answered
        </button>
        <button type="button" className="button small" disabled={busy || thankYouSent === null} onClick={() => void answer(false)}>
          No answer yet
        </button>
      </div>
    </li>
  );
}
