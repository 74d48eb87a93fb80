import type { Application, FollowUp } from '../../../shared/domain';
import { isOpen, urgencies } from '../../../shared/followup';
import { attentionAt } from '../follow-ups/follow-up-labels';
import { FollowUpItem } from '../follow-ups/FollowUpItem';
import { useMailStatus } from '../mail/useMailStatus';

/** The application's follow-ups: open ones first (soonest first), then the closed ones. */
export function FollowUpsSection({ application, followUps, zone, nowMs, highlightId, onDraft }: { application: Application; followUps: FollowUp[]; zone: string; nowMs: number; highlightId: string | null; onDraft: (f: FollowUp) => void }) {
  const open = followUps.filter(isOpen).sort((a, b) => attentionAt(a).localeCompare(attentionAt(b)));
  const closed = followUps.filter((f) => !isOpen(f)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  // One application holds all of an interview's check-ins, so "waiting" is judged right here.
  const { held } = useMailStatus();
  const urgency = urgencies(followUps, nowMs, zone, held);
  return (
    <section className="app-section" aria-labelledby="follow-ups-heading">
      <div className="section-head">
        <h3 id="follow-ups-heading">
          Follow-ups <span className="count-pill">{open.length}</span>
        </h3>
      </div>
      {followUps.length === 0 && <p className="muted empty">Follow-ups appear here once you add an interview: a thank-you note the same day, then check-ins after the promised date.</p>}
      {open.length > 0 && (
        <ul className="follow-up-list" aria-label="Open follow-ups">
          {open.map((f) => (
            <FollowUpItem key={f.id} followUp={f} urgency={urgency.get(f.id)} held={held.has(application.id)} zone={zone} nowMs={nowMs} highlighted={f.id === highlightId} onDraft={onDraft} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details className="closed-follow-ups">
          <summary>Done and skipped ({closed.length})</summary>
          <ul className="follow-up-list" aria-label="Closed follow-ups">
            {closed.map((f) => (
              <FollowUpItem key={f.id} followUp={f} zone={zone} nowMs={nowMs} highlighted={f.id === highlightId} onDraft={onDraft} />
            ))}
          </ul>
        </details>
      )}
      {application.archived && <p className="muted">This application is archived: its reminders are paused.</p>}
    </section>
  );
}
