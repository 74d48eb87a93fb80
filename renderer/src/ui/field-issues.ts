import type { ContractIssue } from '../../../shared/contract';
import { ContractCallError } from '../contract/call-error';

/**
 * Field path → message from an `invalid_request` answer, for showing each problem next to its
 * field — one helper for every form (application, interview, settings…). Paths lose the request's
 * wrapper (`patch.salary.min` → `salary.min`).
 */
export type FieldIssues = Record<string, string>;

export function fieldIssues(issues: readonly ContractIssue[], prefix = 'patch.'): FieldIssues {
  const out: FieldIssues = {};
  for (const issue of issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    out[path] ??= issue.message;
  }
  return out;
}

/** The field issues of a refused call, or null when it failed for another reason. */
export function fieldIssuesOf(error: unknown, prefix = 'patch.'): FieldIssues | null {
  if (!(error instanceof ContractCallError) || error.error.code !== 'invalid_request' || error.error.issues.length === 0) return null;
  return fieldIssues(error.error.issues, prefix);
}

/** The first issue at `path` or below it ("salary" matches "salary.min"). */
export function issueAt(issues: FieldIssues, path: string): string | undefined {
  if (issues[path]) return issues[path];
  const key = Object.keys(issues).find((k) => k.startsWith(`${path}.`));
  return key ? issues[key] : undefined;
}

/**
 * A field's problem as shown: the contract sends whole sentences ("Company is required."); a
 * form's own checks may give a fragment ("is required"), which gets the field's label in front.
 */
export function issueSentence(label: string, message: string): string {
  if (/^[A-Z“"].*[.!?]$/.test(message)) return message;
  return `${label} ${message.replace(/[.\s]+$/, '')}.`;
}
