import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../../shared/domain';
import { computeInsights, followUpEffect, funnel, ghostingRate, median, medianDaysToAnswer, promiseKeeping, responseRate } from '../../../../shared/insights';
import { makeApplication, makeFollowUp, makeInterview, STAGES } from '../export/fixtures';

const stages: Stage[] = [...STAGES, { id: 'ghosted', name: 'Ghosted', color: '#000000', kind: 'ghosted', order: 5 }];
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();

const apps = [
  makeApplication({ id: 'w', stageId: 'wishlist', stageReachedAt: { wishlist: at(1) } }),
  makeApplication({ id: 'a', stageId: 'applied', stageReachedAt: { wishlist: at(1), applied: at(2) } }),
  makeApplication({ id: 'i', stageId: 'interviewing', stageReachedAt: { applied: at(2), interviewing: at(5) } }),
  makeApplication({ id: 'o', stageId: 'offer', stageReachedAt: { applied: at(2), interviewing: at(5), offer: at(20) } }),
  makeApplication({ id: 'g', stageId: 'ghosted', stageReachedAt: { applied: at(2), ghosted: at(25) } }),
  // Rejected after an interview, then archived: still counts.
  makeApplication({ id: 'r', stageId: 'closed', archived: true, stageReachedAt: { applied: at(2), interviewing: at(6), closed: at(15) } }),
];

describe('funnel', () => {
  it('counts every application that ever reached each stage, in board order', () => {
    expect(funnel(apps, stages).map((s) => [s.stageId, s.reached])).toEqual([
      ['wishlist', 2],
      ['applied', 5],
      ['interviewing', 3],
      ['offer', 1],
      ['closed', 1],
      ['ghosted', 1],
    ]);
  });
});

describe('ghostingRate', () => {
  it('is ghosted applications out of those past the first column', () => {
    expect(ghostingRate(apps, stages)).toEqual({ count: 1, total: 5, rate: 0.2 });
  });
  it('has no rate without data', () => {
    expect(ghostingRate([], stages).rate).toBeNull();
  });
});

describe('responseRate', () => {
  it('counts answers from heard-back interviews and from offer/rejected stages', () => {
    const interviews = [makeInterview({ applicationId: 'i', heardBackAt: at(12) })];
    // answered: i (heard back), o (offer), r (closed = rejected kind) → 3 of 5 sent
    expect(responseRate(apps, interviews, stages)).toEqual({ count: 3, total: 5, rate: 0.6 });
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('medianDaysToAnswer', () => {
  it('measures from the interview start to the answer', () => {
    const result = medianDaysToAnswer([
      makeInterview({ id: '1', startsAt: at(1), heardBackAt: at(3) }),
      makeInterview({ id: '2', startsAt: at(1), heardBackAt: at(11) }),
      makeInterview({ id: '3', startsAt: at(1), heardBackAt: at(5, 21) }),
      makeInterview({ id: '4', startsAt: at(1), heardBackAt: null }),
    ]);
    expect(result).toEqual({ medianDays: 4.5, answered: 3 });
  });
});

describe('promiseKeeping', () => {
  it("compares the promised date with the answer's date in the interview's zone", () => {
    const promised = (date: string) => ({ status: 'date' as const, date, channel: 'email' as const, asked: true });
    const result = promiseKeeping(
      [
        // 22:30Z is 23:30 in Berlin on the 17th: kept.
        makeInterview({ id: 'k', hearBack: promised('2026-03-17'), heardBackAt: '2026-03-17T22:30:00.000Z' }),
        // 00:30 Berlin on the 18th is 23:30Z on the 17th: late in the interview's zone.
        makeInterview({ id: 'l', hearBack: promised('2026-03-17'), heardBackAt: '2026-03-17T23:30:00.000Z' }),
        makeInterview({ id: 's', hearBack: promised('2026-03-10'), heardBackAt: null }),
        makeInterview({ id: 'open', hearBack: promised('2026-04-30'), heardBackAt: null }),
        makeInterview({ id: 'none', hearBack: { status: 'not_given', date: null, channel: null, asked: true }, heardBackAt: at(3) }),
      ],
      '2026-03-20T12:00:00.000Z',
    );
    expect(result).toEqual({ kept: 1, late: 1, silent: 1, keptRate: { count: 1, total: 3, rate: 1 / 3 } });
  });
});

describe('followUpEffect', () => {
  it('compares answers within 7 days of a check-in sent with those after one not sent', () => {
    const interviews = [
      makeInterview({ id: 'sent-answered', heardBackAt: at(22) }),
      makeInterview({ id: 'sent-silent', heardBackAt: null }),
      makeInterview({ id: 'unsent-answered', heardBackAt: at(20) }),
      makeInterview({ id: 'unsent-silent', heardBackAt: null }),
      makeInterview({ id: 'early', heardBackAt: at(12) }),
      makeInterview({ id: 'no-check-in', heardBackAt: at(20) }),
    ];
    const followUps = [
      makeFollowUp({ id: '1', interviewId: 'sent-answered', dueAt: at(18), status: 'done', updatedAt: at(18, 10) }),
      makeFollowUp({ id: '2', interviewId: 'sent-silent', dueAt: at(18), status: 'done', updatedAt: at(18, 10) }),
      makeFollowUp({ id: '3', interviewId: 'unsent-answered', dueAt: at(18), status: 'skipped' }),
      makeFollowUp({ id: '4', interviewId: 'unsent-silent', dueAt: at(18), status: 'pending' }),
      makeFollowUp({ id: '5', interviewId: 'early', dueAt: at(18), status: 'cancelled' }),
      makeFollowUp({ id: '6', interviewId: 'no-check-in', kind: 'thank-you', dueAt: at(18), status: 'done' }),
    ];
    expect(followUpEffect(interviews, followUps)).toEqual({
      withCheckIn: { count: 1, total: 2, rate: 0.5 },
      withoutCheckIn: { count: 1, total: 2, rate: 0.5 },
    });
  });
});

describe('computeInsights', () => {
  it('limits everything to applications created in the range', () => {
    const result = computeInsights({
      stages,
      applications: [makeApplication({ id: 'in' }), makeApplication({ id: 'out', createdAt: '2025-01-01T00:00:00.000Z' })],
      interviews: [makeInterview({ applicationId: 'in', heardBackAt: '2026-03-12T13:00:00.000Z' }), makeInterview({ id: 'x', applicationId: 'out' })],
      followUps: [],
      range: { from: '2026-01-01T00:00:00.000Z', to: null },
      now: '2026-04-01T00:00:00.000Z',
    });
    expect(result.applications).toBe(1);
    expect(result.answeredInterviews).toBe(1);
    expect(result.medianDaysToAnswer).toBe(2);
  });
});
