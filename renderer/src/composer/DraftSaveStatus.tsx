import type { DraftSaveStatus as Status } from './useDraftAutosave';

const WORDS: Record<Exclude<Status['state'], 'error'>, string> = {
  generated: 'Generated from the interview',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
};

/** Where the draft stands, announced politely to screen readers as it changes. */
export function DraftSaveStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  return (
    <p className={`draft-status draft-status-${status.state}`} role="status">
      {status.state === 'error' ? (
        <>
          <span className="error">Not saved: {status.message}</span>{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Try again
          </button>
        </>
      ) : (
        <>
          {status.state === 'saved' && <span aria-hidden="true">✓ </span>}
          {WORDS[status.state]}
        </>
      )}
    </p>
  );
}
