import { useMemo, useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import type { Application, FollowUp, Interview } from '../../../shared/domain';
import { navigate, routeHref } from '../app/useRoute';
import { useCalendarState } from '../calendar/useCalendarState';
import { ComposerDialog } from '../composer/ComposerDialog';
import { FollowUpItem } from '../follow-ups/FollowUpItem';
import { InterviewForm } from '../interview/InterviewForm';
import { FoundInCalendar, calendarItemCount } from './FoundInCalendar';
import { GhostedItem } from './GhostedItem';
import { MailReplies, sentSeenShown } from './MailReplies';
import { useMailStatus } from '../mail/useMailStatus';
import { LateEntries, lateEntries } from './LateEntries';
import { MissingRecordItem } from './MissingRecordItem';
import { useNow } from '../ui/useNow';
import { todayGroupsOnce } from './today-cache';
import { UPCOMING_DAYS, UPCOMING_FOLLOW_UP_DAYS, type DueFollowUp, type TodayGroups } from './today-groups';
import { TodaySection } from './TodaySection';
import { useShownCount } from './useShownCount';
import { UpcomingInterviewItem } from './UpcomingInterviewItem';
import './today.css';

/** What to do now: follow-ups due, promises to record, interviews coming up, silence to name. */
export function TodayView({ workspace }: { workspace: Workspace }) {
  const nowMs = useNow();
  const mail = useMailStatus();
  const groups = useMemo(() => todayGroupsOnce(workspace, nowMs, mail.held), [workspace, nowMs, mail.held]);
  const mailCount = mail.status ? mail.status.replies.length + mail.status.accounts.filter((a) => a.state === 'retrying' || a.state === 'needs-password').length + sentSeenShown(mail.status, workspace.followUps).length : 0;
  const [drafting, setDrafting] = useState<FollowUp | null>(null);
  const [editing, setEditing] = useState<{ interview: Interview; application: Application } | null>(null);
  const zone = workspace.effectiveTimeZone;
  const open = (applicationId: string) => navigate({ view: 'today', applicationId });
  const appOf = (f: FollowUp) => workspace.applications.find((a) => a.id === f.applicationId) ?? null;
  const calendar = useCalendarState().state;
  const calendarItems = calendarItemCount(calendar);
  const total = lateEntries(workspace).length + calendarItems + groups.overdue.length + groups.dueToday.length + groups.upcomingFollowUps.length + groups.missing.length + groups.upcomingInterviews.length + groups.ghosted.length + mailCount;

  const { shown, more } = useShownCount();
  const followUpList = (items: DueFollowUp[], label: string) => (
    <>
      <ul className="follow-up-list" aria-label={label}>
        {shown(label, items).map(({ followUp, application, urgency }) => (
          <FollowUpItem key={followUp.id} followUp={followUp} application={application} urgency={urgency} held={mail.held.has(application.id)} zone={zone} nowMs={nowMs} onDraft={setDrafting} onOpenApplication={open} />
        ))}
      </ul>
      {more(label, items.length)}
    </>
  );

  return (
    <div className="view today">
      <div className="today-inner">
        {total === 0 ? (
          <div className="today-empty">
            <h2>You’re all caught up.</h2>
            <p className="muted">Add an interview to an application and Hearback will remind you to thank and follow up.</p>
            <a className="button" href={routeHref({ view: 'board' })}>
              Go to the board
            </a>
          </div>
        ) : (
          <p className="today-summary muted" aria-live="polite">
            {summary(groups)}
            {calendarItems > 0 && ` ${calendarItems} from your calendar to review.`}
          </p>
        )}
        <FoundInCalendar workspace={workspace} state={calendar} />
        <MailReplies status={mail.status} followUps={workspace.followUps} zone={zone} onOpen={open} />
        <LateEntries workspace={workspace} zone={zone} />
        <TodaySection id="overdue" title="Overdue" count={groups.overdue.length} tone="danger" hint="These were due on an earlier day. A short note today still counts.">
          {followUpList(groups.overdue, 'Overdue follow-ups')}
        </TodaySection>
        <TodaySection id="due" title="Due today" count={groups.dueToday.length} hint="Thank-you notes and check-ins whose time has come today.">
          {followUpList(groups.dueToday, 'Follow-ups due today')}
        </TodaySection>
        <TodaySection id="missing" title="Record after your interviews" count={groups.missing.length} tone="warning" hint="When and how will you hear back? Without it, Hearback can only guess when to check in.">
          <ul className="follow-up-list" aria-label="Interviews with something to record">
            {shown('Interviews with something to record', groups.missing).map((record) => (
              <MissingRecordItem
                key={record.interview.id}
                record={record}
                zone={zone}
                onRecord={() => setEditing({ interview: record.interview, application: record.application })}
                onDraft={setDrafting}
                onOpen={() => open(record.application.id)}
              />
            ))}
          </ul>
          {more('Interviews with something to record', groups.missing.length)}
        </TodaySection>
        <TodaySection
          id="coming"
          title={`Upcoming follow-ups — next ${UPCOMING_FOLLOW_UP_DAYS} days`}
          count={groups.upcomingFollowUps.length}
          hint="Not due yet. Hearback reminds you when each one’s time comes; you can draft, snooze or skip ahead."
        >
          {followUpList(groups.upcomingFollowUps, 'Upcoming follow-ups')}
        </TodaySection>
        <TodaySection id="upcoming" title={`Interviews in the next ${UPCOMING_DAYS} days`} count={groups.upcomingInterviews.length} hint="Before you leave each one, ask when and how you’ll hear back.">
          <ul className="follow-up-list" aria-label="Upcoming interviews">
            {shown('Upcoming interviews', groups.upcomingInterviews).map(({ interview, application }) => (
              <UpcomingInterviewItem key={interview.id} interview={interview} application={application} zone={zone} nowMs={nowMs} onEdit={() => setEditing({ interview, application })} onOpen={() => open(application.id)} />
            ))}
          </ul>
          {more('Upcoming interviews', groups.upcomingInterviews.length)}
        </TodaySection>
        <TodaySection id="ghosted" title="Might be ghosted" count={groups.ghosted.length} hint="You checked in and heard nothing. Moving it is reversible — the history keeps everything.">
          <ul className="follow-up-list" aria-label="Applications that might be ghosted">
            {shown('Applications that might be ghosted', groups.ghosted).map(({ proposal, application }) => (
              <GhostedItem key={application.id} proposal={proposal} application={application} workspace={workspace} onOpen={() => open(application.id)} />
            ))}
          </ul>
          {more('Applications that might be ghosted', groups.ghosted.length)}
        </TodaySection>
      </div>
      {drafting && <ComposerDialog followUp={drafting} application={appOf(drafting)} zone={zone} onClose={() => setDrafting(null)} />}
      {editing && <InterviewForm application={editing.application} interview={editing.interview} zone={zone} onClose={() => setEditing(null)} />}
    </div>
  );
}

function summary(groups: TodayGroups): string {
  const due = groups.overdue.length + groups.dueToday.length;
  const missing = groups.missing.length;
  const interviews = groups.upcomingInterviews.length;
  const coming = groups.upcomingFollowUps.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    due > 0 ? `${plural(due, 'follow-up')} to send` : '',
    missing > 0 ? `${plural(missing, 'interview')} to record` : '',
    coming > 0 ? `${plural(coming, 'follow-up')} coming up` : '',
    interviews > 0 ? `${plural(interviews, 'interview')} coming up` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'Nothing due now.';
  const text = `${parts.join(', ')}.`;
  // Something is planned but nothing asks for action: say so, rather than "all caught up".
  return due === 0 && missing === 0 ? `Nothing due now — ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
