import type { FollowUp } from '../../../shared/domain';
import { FollowUpActions } from '../follow-ups/FollowUpActions';
import { formatInstant } from '../ui/format-time';
import { missingText } from '../interview/interview-nudges';
import type { MissingRecord } from './today-groups';
import { InterviewItemTitle } from './InterviewItemTitle';

/** An interview that ended without its hear-back promise or memorable detail. */
export function MissingRecordItem({ record, zone, onRecord, onDraft, onOpen }: { record: MissingRecord; zone: string; onRecord: () => void; onDraft: (f: FollowUp) => void; onOpen: () => void }) {
  const { interview, application, missing, prompt } = record;
  return (
    <li className="today-item" aria-label={`${interview.round} — ${application.company}`}>
      <div className="today-item-main">
        <InterviewItemTitle interview={interview} application={application} onOpen={onOpen} />
        <div className="muted today-item-meta">Ended · {formatInstant(interview.startsAt, zone)}</div>
        <p className="callout warning today-callout">{missingText(missing)}</p>
      </div>
      <div className="today-item-actions">
        <button type="button" className="button small primary" onClick={onRecord}>
          {missing.promise ? 'Record the promise' : 'Add the detail'}
        </button>
        {prompt && <FollowUpActions followUp={prompt} zone={zone} onDraft={onDraft} />}
      </div>
    </li>
  );
}
