import { describe, expect, it } from 'vitest';
import { sanitizeLogMeta } from '../../../../electron/main/logging/log-meta';

describe('sanitizeLogMeta', () => {
  it('keeps ids, codes, numbers and booleans', () => {
    expect(sanitizeLogMeta({ followUpId: 'fu-1', applicationId: 'a-1', code: 'conflict', revision: 4, available: true, method: 'workspace.get' })).toEqual({
      followUpId: 'fu-1',
      applicationId: 'a-1',
      code: 'conflict',
      revision: 4,
      available: true,
      method: 'workspace.get',
    });
  });

  it.each([
    ['company', 'Acme Corp'],
    ['email', 'someone@example.com'],
    ['url', 'https://jobs.example.com/123'],
    ['notes', 'Interviewer mentioned the dog'],
    ['payload', { title: 'Check in with Acme' }],
    ['identity', 'not an id key'],
  ])('redacts personal data under %s', (key, value) => {
    expect(sanitizeLogMeta({ [key]: value })).toEqual({ [key]: '[redacted]' });
  });

  it('truncates long values and passes undefined through', () => {
    expect(String(sanitizeLogMeta({ reason: 'x'.repeat(1000) })?.reason).length).toBe(200);
    expect(sanitizeLogMeta(undefined)).toBeUndefined();
  });
});
