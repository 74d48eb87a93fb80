/** `['applications', 12, 'company']` → `applications[12].company`; empty → `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** A problem with one record's field, ready for the contract's `issues`. */
export interface ImportIssue {
  path: string;
  message: string;
}

/** `applications[12].company: is required` (and how many more, when there are). */
export function describeImportIssues(issues: readonly ImportIssue[]): string {
  const [first] = issues;
  if (!first) return 'no problems';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${first.path}: ${first.message}${more}`;
}
