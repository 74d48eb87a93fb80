import type { ContractIssue } from '../../../shared/contract';

const SHOWN = 20;

/** `applications[12].company: is required`, one per line, the first few only. */
export function IssueList({ issues }: { issues: readonly ContractIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list">
      {issues.slice(0, SHOWN).map((issue, i) => (
        <li key={i}>
          <code>{issue.path.replace(/^json\.?/, '') || 'file'}</code> {issue.message}
        </li>
      ))}
      {issues.length > SHOWN && <li className="muted">…and {issues.length - SHOWN} more.</li>}
    </ul>
  );
}
