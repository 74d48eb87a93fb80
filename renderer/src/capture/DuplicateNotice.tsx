import type { Duplicate } from '../../../shared/capture';

const WHY: Record<Duplicate['reason'], string> = { 'same-link': 'same link', 'same-role': 'same company and role' };

/** "Already on your board": each match with why, and a button to open it instead. */
export function DuplicateNotice({ duplicates, onOpen }: { duplicates: readonly Duplicate[]; onOpen: (id: string) => void }) {
  return (
    <div className="capture-duplicates" role="status">
      <p>
        <strong>You may already have this one.</strong>
      </p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            {d.role} at {d.company}{' '}
            <span className="muted">
              ({WHY[d.reason]}
              {d.archived ? ', archived' : ''})
            </span>{' '}
            <button type="button" className="button small" onClick={() => onOpen(d.id)} aria-label={`Open ${d.role} at ${d.company}`}>
              Open it
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
