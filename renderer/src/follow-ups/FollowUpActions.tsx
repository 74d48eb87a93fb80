import { useState } from 'react';
import type { FollowUp } from '../../../shared/domain';
import { isOpen } from '../../../shared/followup';
import { followUpTitle } from './follow-up-labels';
import { SkipDialog } from './SkipDialog';
import { SnoozeMenu } from './SnoozeMenu';
import { useFollowUpAct } from './useFollowUpAct';
import './follow-ups.css';

/**
 * The same five actions the notifications offer — Draft, Mark sent, Snooze, Heard back, Skip —
 * or Reopen for a follow-up that is closed.
 */
export function FollowUpActions({ followUp, zone, onDraft }: { followUp: FollowUp; zone: string; onDraft: (f: FollowUp) => void }) {
  const { act, attempt, busy } = useFollowUpAct(zone);
  const [skipping, setSkipping] = useState(false);
  const title = followUpTitle(followUp);

  if (!isOpen(followUp)) {
    return (
      <div className="follow-up-actions" role="group" aria-label={`Actions for ${title}`}>
        <button type="button" className="button small" disabled={busy} onClick={() => void act(followUp, { action: 'reopen' })}>
          Reopen
        </button>
      </div>
    );
  }

  return (
    <div className="follow-up-actions" role="group" aria-label={`Actions for ${title}`}>
      <button type="button" className="button small primary" onClick={() => onDraft(followUp)}>
        Draft
      </button>
      <button type="button" className="button small" disabled={busy} onClick={() => void act(followUp, { action: 'markSent' })}>
        Mark sent
      </button>
      <SnoozeMenu followUp={followUp} zone={zone} disabled={busy} onSnooze={(a) => attempt(followUp, a, { handles: ['act.beforePromise'] })} />
      <button type="button" className="button small" disabled={busy} onClick={() => void act(followUp, { action: 'heardBack' })}>
        Heard back
      </button>
      <button type="button" className="button small" disabled={busy} onClick={() => setSkipping(true)}>
        Skip
      </button>
      {skipping && <SkipDialog title={title} hasInterview={followUp.interviewId !== null} onSkip={(a) => void act(followUp, a)} onClose={() => setSkipping(false)} />}
    </div>
  );
}
