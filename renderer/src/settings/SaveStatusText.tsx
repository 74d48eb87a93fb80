import type { SaveStatus } from './useSectionSave';

/** "Saving…", "Saved" or the reason it was not, announced politely. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-status ${status.state}`} role="status" aria-live="polite">
      {status.state === 'saving' && 'Saving…'}
      {status.state === 'saved' && '✓ Saved'}
      {status.state === 'error' && status.message}
    </span>
  );
}
