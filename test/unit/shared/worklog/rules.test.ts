import { describe, expect, it } from 'vitest';
import { workSearchLog, type WorkLogRow } from '../../../../shared/worklog';
import { input, makeActivity, makeApplication, makeFollowUp, makeInterview } from './fixtures';

const WEEK = { from: '2026-03-02', to: '2026-03-08' };
const keys = (rows: WorkLogRow[]) => rows.map((r) => r.key);

describe('what counts as a work-search activity (the rules table in derive.ts)', () => {
  it('an application counts on the day it left the first column, never while only wished for', () => {
    const applied = makeApplication('a1', { stageId: 'applied', stageReachedAt: { wishlist: '2026-02-20T09:00:00.000Z', applied: '2026-03-03T10:00:00.000Z' } });
    const wished = makeApplication('a2', { stageId: 'wishlist', stageReachedAt: { wishlist: '2026-03-03T10:00:00.000Z' } });
    const rows = workSearchLog(input({ applications: [applied, wished] }), WEEK);
    expect(keys(rows)).toEqual(['application:a1']);
    expect(rows[0]).toMatchObject({ type: 'application', date: '2026-03-03', employer: 'Company a1', position: 'Engineer', method: 'online', link: { entity: 'application', id: 'a1' } });
  });

  it('an application that went on to interviewing counts once, on its first arrival past the wish list', () => {
    const app = makeApplication('a1', { stageId: 'interviewing', stageReachedAt: { applied: '2026-03-03T10:00:00.000Z', interviewing: '2026-03-06T10:00:00.000Z' } });
    expect(workSearchLog(input({ applications: [app] }), WEEK).map((r) => r.date)).toEqual(['2026-03-03']);
  });

  it('an interview counts once held; a future or cancelled one does not', () => {
    const app = makeApplication('a1', { stageReachedAt: { applied: '2026-02-01T10:00:00.000Z' } });
    const held = makeInterview('i1', 'a1', { startsAt: '2026-03-04T14:00:00.000Z', format: 'onsite' });
    const cancelled = makeInterview('i2', 'a1', { startsAt: '2026-03-05T14:00:00.000Z', outcome: 'cancelled' });
    const future = makeInterview('i3', 'a1', { startsAt: '2026-03-09T11:30:00.000Z' }); // ends after "now" (12:00)
    const rows = workSearchLog(input({ applications: [app], interviews: [held, cancelled, future] }), { from: '2026-03-02', to: '2026-03-15' });
    expect(keys(rows)).toEqual(['interview:i1']);
    expect(rows[0]).toMatchObject({ method: 'in-person', date: '2026-03-04', result: 'Interviewed, waiting to hear back' });
  });

  it('a follow-up counts only when sent (by the user or seen in Sent); shown, snoozed, skipped, open and hear-back prompts never', () => {
    const app = makeApplication('a1', { stageReachedAt: { applied: '2026-02-01T10:00:00.000Z' } });
    const at = { dueAt: '2026-03-05T08:00:00.000Z', updatedAt: '2026-03-05T09:30:00.000Z' };
    const followUps = [
      makeFollowUp('sent', 'a1', { ...at, status: 'done', statusReason: 'Marked sent' }),
      makeFollowUp('legacy-sent', 'a1', { ...at, kind: 'thank-you', status: 'done', statusReason: '' }),
      makeFollowUp('shown', 'a1', { ...at, deliveries: [{ occurrence: at.dueAt, at: at.dueAt, via: 'notification' }] }),
      makeFollowUp('snoozed', 'a1', { ...at, status: 'snoozed', snoozedUntil: '2026-03-06T08:00:00.000Z' }),
      makeFollowUp('skipped', 'a1', { ...at, status: 'skipped', statusReason: 'Not interested' }),
      makeFollowUp('cancelled', 'a1', { ...at, status: 'cancelled' }),
      makeFollowUp('heard', 'a1', { ...at, status: 'done', statusReason: 'Heard back' }),
      makeFollowUp('prompt', 'a1', { ...at, kind: 'hear-back-prompt', status: 'done', statusReason: 'Marked sent' }),
    ];
    const rows = workSearchLog(input({ applications: [app], followUps }), WEEK);
    expect(keys(rows).sort()).toEqual(['followUp:legacy-sent', 'followUp:sent']);
    expect(rows.find((r) => r.key === 'followUp:sent')).toMatchObject({ type: 'follow-up', method: 'email', result: 'Asked about the decision', date: '2026-03-05' });
  });

  it('a manual entry counts on its own date; an edit replaces only the fields it sets; excluded rows stay visible, flagged', () => {
    const app = makeApplication('a1', { stageReachedAt: { applied: '2026-03-03T10:00:00.000Z' } });
    const manual = makeActivity('m1', { date: '2026-03-07', type: 'workshop', employer: 'Job centre' });
    const edit = makeActivity('e1', { source: 'application:a1', type: null, date: null, employer: null, position: null, method: 'email', contact: 'jobs@northwind.example', result: null, note: null });
    const rows = workSearchLog(input({ applications: [app], activities: [manual, edit] }), WEEK);
    expect(rows.map((r) => [r.key, r.method, r.contact, r.recordId])).toEqual([
      ['application:a1', 'email', 'jobs@northwind.example', 'e1'],
      ['manual:m1', 'in-person', '', 'm1'],
    ]);
    const excluded = workSearchLog(input({ applications: [app], activities: [{ ...edit, excluded: true }] }), WEEK);
    expect(excluded[0]?.excluded).toBe(true);
  });

  it('an edit of a record that no longer counts shows nothing', () => {
    const edit = makeActivity('e1', { source: 'followUp:gone', type: null, date: null, employer: null });
    expect(workSearchLog(input({ activities: [edit] }), WEEK)).toEqual([]);
  });

  it('each row links to its record; an interview names its interviewers', () => {
    const app = makeApplication('a1', { contacts: [{ id: 'c1', name: 'Dana Ruiz', title: '', email: 'dana@northwind.example', phone: '', notes: '' }] });
    const interview = makeInterview('i1', 'a1', { interviewerIds: ['c1'] });
    const [row] = workSearchLog(input({ applications: [], interviews: [interview] }), WEEK);
    expect(row).toBeUndefined(); // an interview of an unknown application is not listed
    const rows = workSearchLog(input({ applications: [app], interviews: [interview] }), { from: '2026-03-04', to: '2026-03-04' });
    expect(rows[0]).toMatchObject({ link: { entity: 'interview', id: 'i1' }, applicationId: 'a1', contact: 'Dana Ruiz, dana@northwind.example' });
  });
});
