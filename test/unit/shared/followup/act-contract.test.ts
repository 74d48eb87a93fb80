import { describe, expect, it } from 'vitest';
import { FollowUpActionSchema, CreateInterviewSchema } from '../../../../shared/contract';

/** The act request is strict and its errors name the field (LIFECYCLE.md: skip scope, snooze presets). */
const issuesOf = (value: unknown) => {
  const parsed = FollowUpActionSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('followUps.act request', () => {
  it('skip defaults to this reminder only; the reason never widens it', () => {
    expect(FollowUpActionSchema.parse({ action: 'skip', reason: 'bombed' })).toEqual({ action: 'skip', reason: 'bombed', scope: 'this' });
    expect(FollowUpActionSchema.parse({ action: 'skip', reason: 'other', scope: 'interview' })).toMatchObject({ scope: 'interview' });
    expect(issuesOf({ action: 'skip', reason: 'other', scope: 'application' })).toEqual(['scope']);
  });
  it('snooze offers the postpone presets, and a time only with "until"', () => {
    for (const preset of ['hour', 'tomorrow', 'dayAfterDue', 'weekAfterDue']) expect(issuesOf({ action: 'snooze', preset })).toEqual([]);
    expect(issuesOf({ action: 'snooze', preset: 'until' })).toEqual(['until']);
    expect(issuesOf({ action: 'snooze', preset: 'hour', until: '2026-03-02T09:00:00.000Z' })).toEqual(['until']);
    expect(issuesOf({ action: 'snooze', preset: 'tomorrow', beforePromise: true })).toEqual(['beforePromise']);
    expect(issuesOf({ action: 'snooze', preset: 'until', until: '2026-03-02T09:00:00.000Z', beforePromise: false })).toEqual(['beforePromise']);
    expect(issuesOf({ action: 'snooze', preset: 'later' })).toEqual(['preset']);
  });
  it('unknown fields are refused', () => {
    expect(issuesOf({ action: 'markSent', cascade: true })).not.toEqual([]);
  });
});

describe('interviews.create request', () => {
  const base = { applicationId: 'app1', round: 'Onsite', startsAt: '2026-03-03T23:30:00.000Z', timeZone: 'America/New_York' };
  it('refuses a promised date before the interview’s day in its zone, naming hearBack.date', () => {
    // 18:30 on Tuesday 3 March in New York (already Wednesday in UTC).
    const promise = (date: string) => ({ ...base, hearBack: { status: 'date', date, channel: 'email', asked: true } });
    const refused = CreateInterviewSchema.safeParse(promise('2026-03-02'));
    expect(refused.success ? [] : refused.error.issues.map((i) => i.path.join('.'))).toEqual(['hearBack.date']);
    expect(CreateInterviewSchema.safeParse(promise('2026-03-03')).success).toBe(true);
    expect(CreateInterviewSchema.safeParse({ ...base, hearBack: { status: 'not_given', date: null, channel: null, asked: true } }).success).toBe(true);
  });
});
