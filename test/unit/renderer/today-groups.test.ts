import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/contract';
import { todayGroups } from '../../../renderer/src/today/today-groups';
import { makeApplication, makeFollowUp, makeInterview, SETTINGS, STAGES } from '../shared/export/fixtures';

function workspace(over: Partial<Workspace>): Workspace {
  return {
    revision: 1,
    stages: STAGES,
    applications: [makeApplication()],
    interviews: [],
    followUps: [],
    settings: SETTINGS,
    effectiveTimeZone: 'Europe/Berlin',
    canUndo: false,
    canRedo: false,
    undoableActionIds: [],
    ...over,
  };
}

const NOW = Date.parse('2026-03-18T12:00:00.000Z');

describe('Today', () => {
  it('sorts follow-ups into overdue (an earlier day), due (today) and upcoming (next 14 days), each by time', () => {
    const groups = todayGroups(
      workspace({
        followUps: [
          makeFollowUp({ id: 'today-late', dueAt: '2026-03-18T11:00:00.000Z' }),
          makeFollowUp({ id: 'today-early', dueAt: '2026-03-18T07:00:00.000Z', kind: 'custom', interviewId: null }),
          makeFollowUp({ id: 'yesterday', dueAt: '2026-03-17T08:00:00.000Z', kind: 'custom', interviewId: null }),
          makeFollowUp({ id: 'next-week', dueAt: '2026-03-25T08:00:00.000Z', kind: 'custom', interviewId: null }),
          makeFollowUp({ id: 'far', dueAt: '2026-04-30T08:00:00.000Z', kind: 'custom', interviewId: null }),
          makeFollowUp({ id: 'closed', dueAt: '2026-03-17T08:00:00.000Z', status: 'skipped' }),
        ],
      }),
      NOW,
    );
    expect(groups.overdue.map((g) => g.followUp.id)).toEqual(['yesterday']);
    expect(groups.dueToday.map((g) => g.followUp.id)).toEqual(['today-early', 'today-late']);
    expect(groups.upcomingFollowUps.map((g) => g.followUp.id)).toEqual(['next-week']);
    expect(groups.attentionCount).toBe(3);
  });

  it('asks for the promise after an interview once, with its prompt acted on there and not listed again', () => {
    const ended = makeInterview({ startsAt: '2026-03-17T09:00:00.000Z', hearBack: { status: 'unknown', date: null, channel: null, asked: false }, memorableDetail: '' });
    const prompt = makeFollowUp({ id: 'prompt', kind: 'hear-back-prompt', dueAt: '2026-03-17T11:00:00.000Z', sequence: 0 });
    const groups = todayGroups(workspace({ interviews: [ended], followUps: [prompt] }), NOW);
    expect(groups.missing).toHaveLength(1);
    expect(groups.missing[0]).toMatchObject({ missing: { promise: true, detail: true }, prompt: { id: 'prompt' } });
    expect([...groups.overdue, ...groups.dueToday, ...groups.upcomingFollowUps].map((g) => g.followUp.id)).not.toContain('prompt');
  });

  it('lists interviews of the next 7 days, soonest first, and nothing of archived applications', () => {
    const groups = todayGroups(
      workspace({
        applications: [makeApplication(), makeApplication({ id: 'gone', archived: true })],
        interviews: [
          makeInterview({ id: 'in-8-days', startsAt: '2026-03-26T13:00:00.000Z' }),
          makeInterview({ id: 'friday', startsAt: '2026-03-20T13:00:00.000Z' }),
          makeInterview({ id: 'tomorrow', startsAt: '2026-03-19T13:00:00.000Z' }),
          makeInterview({ id: 'archived', applicationId: 'gone', startsAt: '2026-03-19T13:00:00.000Z' }),
        ],
      }),
      NOW,
    );
    expect(groups.upcomingInterviews.map((u) => u.interview.id)).toEqual(['tomorrow', 'friday']);
  });
});
