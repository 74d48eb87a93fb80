import { useState } from 'react';
import type { CalendarCandidate, CalendarCancellation, CalendarState, Workspace } from '../../../shared/contract';
import type { Application } from '../../../shared/domain';
import { routeHref } from '../app/useRoute';
import { call, callUndoable, userMessage } from '../contract';
import type { QueryState } from '../contract/useContractQuery';
import { formatDay, formatInstant, zoneAbbreviation } from '../ui/format-time';
import { useToasts } from '../ui/toasts';
import { TodaySection } from './TodaySection';

const FORMAT_TEXT: Record<CalendarCandidate['format'], string> = { video: 'Video call', phone: 'Phone', onsite: 'On site', other: 'Format not given' };
const VIA_TEXT: Record<NonNullable<CalendarCandidate['via']>, string> = {
  contact: 'one of your contacts is invited',
  domain: 'someone from the company is invited',
  title: 'the title names the company',
  scheduling: 'booked through a scheduling service naming the company',
  dropped: 'you dropped the invitation on this application',
};

/** Today's calendar groups: invitations to confirm, linked events that went away, calendars that fail. */
export function FoundInCalendar({ workspace, state }: { workspace: Workspace; state: QueryState<CalendarState> }) {
  if (state.status !== 'ready') return null;
  const { candidates, cancellations, sources } = state.data;
  const failing = sources.filter((s) => s.state === 'failing');
  return (
    <>
      {failing.length > 0 && (
        <div className="calendar-failing" role="status">
          {failing.map((s) => (
            <p key={s.id}>
              <strong>Calendar “{s.name}” is not updating.</strong> {s.message} <a href={routeHref({ view: 'settings' })}>Calendar settings</a>
            </p>
          ))}
        </div>
      )}
      <TodaySection
        id="calendar-cancelled"
        title="Cancelled in your calendar"
        count={cancellations.length}
        tone="warning"
        hint="These interviews’ events were cancelled or deleted. Mark the interview cancelled (its reminders stop), or keep it if it still happens."
      >
        <ul className="follow-up-list" aria-label="Interviews cancelled in your calendar">
          {cancellations.map((c) => (
            <CancellationItem key={c.key} cancellation={c} workspace={workspace} />
          ))}
        </ul>
      </TodaySection>
      <TodaySection id="calendar-found" title="Found in your calendar" count={candidates.length} hint="Events that look like interviews for your applications. Add one and Hearback plans its thank-you and check-ins.">
        <ul className="follow-up-list" aria-label="Found in your calendar">
          {candidates.map((c) => (
            <CandidateItem key={c.event.key} candidate={c} workspace={workspace} />
          ))}
        </ul>
      </TodaySection>
    </>
  );
}

/** What the calendar asks of the user now: invitations, cancellations and failing calendars (Today's "all caught up" waits for them). */
export function calendarItemCount(state: QueryState<CalendarState>): number {
  if (state.status !== 'ready') return 0;
  return state.data.candidates.length + state.data.cancellations.length + state.data.sources.filter((s) => s.state === 'failing').length;
}

const label = (a: Application) => `${a.company} — ${a.role}`;

/** Lengths offered for an interview on an all-day event's day (the day itself gives none). */
const LENGTHS: readonly [number, string][] = [
  [30, '30 min'],
  [60, '1 hour'],
  [90, '1½ hours'],
  [120, '2 hours'],
  [180, '3 hours'],
  [240, '4 hours'],
  [360, '6 hours'],
  [480, '8 hours'],
];

function CandidateItem({ candidate, workspace }: { candidate: CalendarCandidate; workspace: Workspace }) {
  const toasts = useToasts();
  const { event } = candidate;
  const [applicationId, setApplicationId] = useState(candidate.applicationIds.length === 1 ? candidate.applicationIds[0]! : '');
  const [busy, setBusy] = useState(false);
  // An all-day event gives the day only: the user says when the interview starts (never midnight).
  const [startTime, setStartTime] = useState('');
  const [minutes, setMinutes] = useState(60);
  const suggested = new Set(candidate.applicationIds);
  const options = [...workspace.applications].sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)) || a.company.localeCompare(b.company));
  const zone = workspace.effectiveTimeZone;
  const title = event.summary.trim() || 'Untitled event';

  const ready = applicationId !== '' && (!event.allDay || startTime !== '');
  const confirm = async () => {
    if (!ready) return;
    setBusy(true);
    try {
      const { undo } = await callUndoable('calendar.confirm', event.allDay ? { key: event.key, applicationId, startTime, durationMinutes: minutes } : { key: event.key, applicationId });
      const app = workspace.applications.find((a) => a.id === applicationId);
      toasts.show({ tone: 'success', message: `Added “${title}” to ${app ? app.company : 'the application'}, with its thank-you and check-ins.`, undo });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setBusy(false);
    }
  };
  const dismiss = async () => {
    setBusy(true);
    try {
      await call('calendar.dismiss', { key: event.key });
      toasts.show({ tone: 'info', message: candidate.repeats ? `“${title}” and its repeats won’t be offered again.` : `“${title}” won’t be offered again.` });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setBusy(false);
    }
  };

  return (
    <li className="today-item calendar-candidate" aria-label={title}>
      <div className="today-item-main">
        <div className="today-item-title">
          <strong>{title}</strong>
        </div>
        <div className="muted today-item-meta">
          {event.allDay ? `${formatDay(event.startsAt, event.timeZone)} · all day` : formatInstant(event.startsAt, zone)}
          {!event.allDay && event.timeZone !== zone && ` (${formatInstant(event.startsAt, event.timeZone)} ${zoneAbbreviation(event.startsAt, event.timeZone)} there)`} · {FORMAT_TEXT[candidate.format]}
          {candidate.location && ` · ${candidate.location}`}
          {candidate.repeats && ' · repeats'}
        </div>
        {event.unknownZone && (
          <div className="today-item-meta calendar-zone-warning" role="note">
            The invitation names a time zone it does not define (“{event.unknownZone}”), so its time was read in {event.timeZone}. Check the time before adding it.
          </div>
        )}
        {candidate.interviewerNames.length > 0 && <div className="muted today-item-meta">With {candidate.interviewerNames.join(', ')}</div>}
        {candidate.via && <div className="muted today-item-meta">Suggested because {VIA_TEXT[candidate.via]}.</div>}
      </div>
      <div className="today-item-actions">
        <select aria-label={`Application for ${title}`} value={applicationId} onChange={(e) => setApplicationId(e.target.value)} disabled={busy}>
          <option value="">Choose…</option>
          {options.map((a) => (
            <option key={a.id} value={a.id}>
              {label(a)}
            </option>
          ))}
        </select>
        {event.allDay && (
          <>
            <label className="calendar-start-time">
              Starts at <input type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} disabled={busy} required aria-label={`Start time of ${title}`} />
            </label>
            <select aria-label={`Length of ${title}`} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} disabled={busy}>
              {LENGTHS.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </>
        )}
        <button
          type="button"
          className="button small primary"
          onClick={() => void confirm()}
          disabled={busy || !ready}
          title={event.allDay && startTime === '' ? 'An all-day event gives the day only: say when the interview starts' : undefined}
        >
          Add interview
        </button>
        <button type="button" className="button small" onClick={() => void dismiss()} disabled={busy} title={candidate.repeats ? 'One answer covers every repeat of this event' : undefined}>
          {candidate.repeats ? 'Not an interview (all repeats)' : 'Not an interview'}
        </button>
      </div>
    </li>
  );
}

function CancellationItem({ cancellation, workspace }: { cancellation: CalendarCancellation; workspace: Workspace }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const app = workspace.applications.find((a) => a.id === cancellation.applicationId);
  const resolve = async (cancelInterview: boolean) => {
    setBusy(true);
    try {
      const { undo } = await callUndoable('calendar.resolveCancellation', { key: cancellation.key, cancelInterview });
      toasts.show(cancelInterview ? { tone: 'success', message: `Marked ${cancellation.round} cancelled; its reminders stopped.`, undo } : { tone: 'info', message: `Kept ${cancellation.round}.` });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setBusy(false);
    }
  };
  return (
    <li className="today-item" aria-label={`${cancellation.round} — cancelled`}>
      <div className="today-item-main">
        <div className="today-item-title">
          <strong>{cancellation.round}</strong>
          {app && <span className="muted">{app.company}</span>}
        </div>
        <div className="muted today-item-meta">Was {formatInstant(cancellation.startsAt, workspace.effectiveTimeZone)} · no longer in your calendar</div>
      </div>
      <div className="today-item-actions">
        <button type="button" className="button small" onClick={() => void resolve(true)} disabled={busy}>
          Mark cancelled
        </button>
        <button type="button" className="button small" onClick={() => void resolve(false)} disabled={busy}>
          Keep it
        </button>
      </div>
    </li>
  );
}
