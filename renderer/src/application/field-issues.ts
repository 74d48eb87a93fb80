import type { ContractIssue } from '../../../shared/contract';
import { ContractCallError } from '../contract';

/** Field path → message, from an `invalid_request` answer ("patch.salary.min" → "salary.min"). */
export type FieldIssues = Record<string, string>;

export function fieldIssuesOf(error: unknown, prefix = 'patch.'): FieldIssues | null {
  if (!(error instanceof ContractCallError) || error.error.code !== 'invalid_request' || error.error.issues.length === 0) return null;
  const out: FieldIssues = {};
  for (const issue of error.error.issues as ContractIssue[]) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    out[path] ??= issue.message;
  }
  return out;
}

/** The first issue at `path` or below it ("salary" matches "salary.min"). */
export function issueAt(issues: FieldIssues, path: string): string | undefined {
  if (issues[path]) return issues[path];
  const key = Object.keys(issues).find((k) => k.startsWith(`${path}.`));
  return key ? issues[key] : undefined;
}
