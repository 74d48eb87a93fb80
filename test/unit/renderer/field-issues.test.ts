import { describe, expect, it } from 'vitest';
import { ContractCallError } from '../../../renderer/src/contract/call-error';
import { fieldIssues, fieldIssuesOf, issueAt } from '../../../renderer/src/ui/field-issues';

describe('field issues (one helper for every form)', () => {
  it('keys each first message by field path, without the request wrapper', () => {
    const issues = [
      { path: 'patch.salary.min', message: 'must be at most the maximum' },
      { path: 'patch.salary.min', message: 'second message is ignored' },
      { path: 'patch.cadence.maxCheckIns', message: 'must be at most 5' },
      { path: 'hearBack.date', message: 'must be on or after the interview day' },
    ];
    expect(fieldIssues(issues)).toEqual({ 'salary.min': 'must be at most the maximum', 'cadence.maxCheckIns': 'must be at most 5', 'hearBack.date': 'must be on or after the interview day' });
    expect(fieldIssues([{ path: 'interview.hearBack.date', message: 'x' }], 'interview.')).toEqual({ 'hearBack.date': 'x' });
  });

  it('reads them from a refused call, and nothing from any other failure', () => {
    const refused = new ContractCallError({ code: 'invalid_request', message: 'Invalid', issues: [{ path: 'patch.company', message: 'is required' }] });
    expect(fieldIssuesOf(refused)).toEqual({ company: 'is required' });
    expect(fieldIssuesOf(new ContractCallError({ code: 'conflict', message: 'no', issues: [] }))).toBeNull();
    expect(fieldIssuesOf(new Error('network'))).toBeNull();
  });

  it('finds the first issue at a field or below it', () => {
    const issues = { 'salary.min': 'too big', company: 'is required' };
    expect(issueAt(issues, 'salary')).toBe('too big');
    expect(issueAt(issues, 'company')).toBe('is required');
    expect(issueAt(issues, 'role')).toBeUndefined();
  });
});
