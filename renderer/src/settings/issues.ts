import type { ContractIssue } from '../../../shared/contract';

/** Field paths as the contract reports them, without the request's `patch.` prefix. */
export type FieldIssues = Record<string, string>;

/** Turns contract issues (`patch.cadence.maxCheckIns: …`) into a map keyed by field path. */
export function fieldIssues(issues: readonly ContractIssue[]): FieldIssues {
  const map: FieldIssues = {};
  for (const issue of issues) {
    const path = issue.path.replace(/^patch\./, '');
    map[path] ??= issue.message;
  }
  return map;
}

/** Reads a number input: an issue sentence for blank or non-numeric text, else the number. */
export function parseNumber(raw: string): { value: number } | { issue: string } {
  if (raw.trim() === '') return { issue: 'is required' };
  const value = Number(raw);
  return Number.isFinite(value) ? { value } : { issue: 'must be a number' };
}
