import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { FollowUpActResult } from '../../../../shared/contract';
import type { Reminder } from '../../../../shared/contract/events';
import { waitingFollowUps } from '../../../../shared/followup';
import { followUpEffect } from '../../../../shared/insights';
import type { Application, FollowUp, Interview } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore } from '../../../support/core';

/** The core end to end: an interview plans follow-ups, the scheduler delivers them, actions close them. */

async function seed(core: Core, promise: Interview['hearBack']) {
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Northwind',
    role: 'Staff Engineer',
    stageId: 'interviewing',
    fitLine: 'I have run this kind of migration twice',
    contacts: [{ name: 'Robin Okafor', title: 'Engineering Manager', email: 'robin@example.com', phone: '', notes: '' }],
  });
  const interview = await ok<Interview>(core, 'interviews.create', {
    applicationId: app.id,
    round: 'Technical interview',
    startsAt: '2026-03-02T08:00:00.000Z', // ended one hour before the clock's 09:00 UTC (10:00 Berlin)
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    interviewerIds: [app.contacts[0]!.id],
    memorableDetail: 'their move to event sourcing',
    hearBack: promise,
  });
  return { app, interview };
}

const followUpsOf = (core: Core, applicationId: string): FollowUp[] => core.store.readChildrenOf(applicationId).followUps;

describe('follow-up flow through the core', () => {
  it('plans a thank-you and bounded check-ins from the promise, and drafts them from the interview', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    const planned = followUpsOf(core, app.id);
    expect(planned.map((f) => f.kind).sort()).toEqual(['check-in', 'check-in', 'thank-you']);
    const firstCheckIn = planned.find((f) => f.kind === 'check-in' && f.sequence === 1)!;
    // 09:00 Berlin on the business day after Friday 6 March: Monday 9 March.
    expect(firstCheckIn.dueAt).toBe('2026-03-09T08:00:00.000Z');
    const thankYou = planned.find((f) => f.kind === 'thank-you')!;
    const draft = await ok<{ email: { subject: string; body: string }; mailto: string; to: string }>(core, 'followUps.compose', { id: thankYou.id });
    expect(draft.email.body).toContain('event sourcing');
    expect(draft.email.body).toContain('Northwind');
    expect(draft.to).toBe('robin@example.com');
    expect(draft.mailto.startsWith('mailto:robin@example.com?')).toBe(true);
    await core.close();
  });

  it('asks for the hear-back promise when none was recorded, and stops asking once it is', async () => {
    const clock = fakeClock('2026-03-02T09:00:00.000Z');
    const core = await openTestCore({ clock });
    const { app, interview } = await seed(core, { status: 'unknown', date: null, channel: null, asked: false });
    const prompt = followUpsOf(core, app.id).find((f) => f.kind === 'hear-back-prompt')!;
    // Not on the thank-you's day (lifecycle rule 6): 09:00 Berlin on the next business day.
    expect(prompt.dueAt).toBe('2026-03-03T08:00:00.000Z');
    await ok(core, 'interviews.update', { id: interview.id, patch: { hearBack: { status: 'not_given', date: null, channel: 'email', asked: true } } });
    expect(core.store.readFollowUp(prompt.id)?.status).not.toBe('pending');
    await core.close();
  });

  it('delivers due reminders once, records them before showing, and announces them to the renderer', async () => {
    const clock = fakeClock('2026-03-02T09:00:00.000Z');
    const core = await openTestCore({ clock });
    const announced: Reminder[][] = [];
    core.onEvent((event, payload) => {
      if (event === 'reminders.due') announced.push((payload as { reminders: Reminder[] }).reminders);
    });
    const { app } = await seed(core, { status: 'date', date: '2026-03-03', channel: 'email', asked: true });
    clock.set('2026-03-05T10:00:00.000Z'); // thank-you and first check-in are both due
    core.hint('resume');
    await core.settled(); // the recompute and the deliveries it records
    const delivered = followUpsOf(core, app.id).filter((f) => f.deliveries.length > 0);
    expect(delivered.map((f) => f.kind).sort()).toEqual(['check-in', 'thank-you']);
    expect(
      core.shown
        .flat()
        .map((r) => r.followUpId)
        .sort(),
    ).toEqual(delivered.map((f) => f.id).sort());
    expect(announced.flat()).toHaveLength(2);
    core.hint('resume');
    await core.settled();
    expect(core.shown.flat()).toHaveLength(2); // never twice
    expect(core.dueCount()).toBe(2);
    await core.close();
  });

  it('heard back stops the check-ins (the thank-you stays) and undo brings them back', async () => {
    const core = await openTestCore();
    const { app, interview } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    const checkIn = followUpsOf(core, app.id).find((f) => f.kind === 'check-in')!;
    await ok(core, 'followUps.act', { id: checkIn.id, act: { action: 'heardBack' } });
    expect(core.store.readInterview(interview.id)?.heardBackAt).not.toBeNull();
    const after = followUpsOf(core, app.id);
    expect(after.filter((f) => f.kind === 'check-in').every((f) => f.status !== 'pending')).toBe(true);
    expect(after.find((f) => f.kind === 'thank-you')?.status).toBe('pending');
    await ok(core, 'history.undo', {});
    expect(core.store.readInterview(interview.id)?.heardBackAt).toBeNull();
    expect(
      followUpsOf(core, app.id)
        .filter((f) => f.kind === 'check-in')
        .every((f) => f.status === 'pending'),
    ).toBe(true);
    await core.close();
  });

  it('moving to a closed stage cancels the cadence; moving back revives it', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    await ok(core, 'applications.move', { id: app.id, toStageId: 'closed', toIndex: 0 });
    expect(followUpsOf(core, app.id).every((f) => f.status === 'cancelled')).toBe(true);
    await ok(core, 'applications.move', { id: app.id, toStageId: 'interviewing', toIndex: 0 });
    expect(followUpsOf(core, app.id).filter((f) => f.status === 'pending').length).toBeGreaterThan(0);
    await core.close();
  });

  it('mark sent, snooze and skip with a reason are recorded; skipping a check-in skips only that one', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    const [thankYou, first] = ['thank-you', 'check-in'].map((k) => followUpsOf(core, app.id).find((f) => f.kind === k)!);
    await ok(core, 'followUps.act', { id: thankYou!.id, act: { action: 'markSent' } });
    expect(core.store.readFollowUp(thankYou!.id)?.status).toBe('done');
    // The check-in is not due yet (Mon 9 March): it is postponed from its due time.
    const snoozed = await ok<FollowUpActResult>(core, 'followUps.act', { id: first!.id, act: { action: 'snooze', preset: 'dayAfterDue' } });
    expect(snoozed.followUp).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-03-10T08:00:00.000Z' });
    expect(snoozed.cascade).toEqual([]);
    const skipped = await ok<FollowUpActResult>(core, 'followUps.act', { id: first!.id, act: { action: 'skip', reason: 'not-interested' } });
    expect(skipped.cascade).toEqual([]);
    const checkIns = followUpsOf(core, app.id).filter((f) => f.kind === 'check-in');
    expect(checkIns.map((f) => [f.sequence, f.status]).sort()).toEqual([
      [1, 'skipped'],
      [2, 'pending'],
    ]);
    const history = await ok<{ events: { summary: string }[] }>(core, 'history.list', { applicationId: app.id, limit: 5 });
    expect(history.events[0]!.summary).toMatch(/Skipped|skipped/);
    await core.close();
  });

  it('a snooze never pulls a future check-in before the promise; "Pick a time…" before it needs confirming', async () => {
    const core = await openTestCore(); // now: Mon 2 March 10:00 Berlin
    const { app } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    const checkIn = followUpsOf(core, app.id).find((f) => f.kind === 'check-in' && f.sequence === 1)!;
    const tomorrow = await core.dispatch('followUps.act', { id: checkIn.id, act: { action: 'snooze', preset: 'tomorrow' } });
    expect(tomorrow).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'act.preset' }] } });
    const early = await core.dispatch('followUps.act', { id: checkIn.id, act: { action: 'snooze', preset: 'until', until: '2026-03-04T08:00:00.000Z' } });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'act.beforePromise' }] } });
    expect(core.store.readFollowUp(checkIn.id)?.status).toBe('pending');
    const confirmed = await ok<FollowUpActResult>(core, 'followUps.act', { id: checkIn.id, act: { action: 'snooze', preset: 'until', until: '2026-03-04T08:00:00.000Z', beforePromise: true } });
    expect(confirmed.followUp.snoozedUntil).toBe('2026-03-04T08:00:00.000Z');
    await core.close();
  });

  it('skipping the second check-in leaves the first; scope "interview" skips all and names them; undo restores exactly', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    const [one, two] = [1, 2].map((n) => followUpsOf(core, app.id).find((f) => f.kind === 'check-in' && f.sequence === n)!);
    await ok(core, 'followUps.act', { id: two!.id, act: { action: 'skip', reason: 'other' } });
    expect(core.store.readFollowUp(one!.id)?.status).toBe('pending');
    expect(core.store.readFollowUp(two!.id)?.status).toBe('skipped');
    await ok(core, 'history.undo', {});
    expect(core.store.readFollowUp(two!.id)?.status).toBe('pending');
    const all = await ok<FollowUpActResult>(core, 'followUps.act', { id: two!.id, act: { action: 'skip', reason: 'bombed', scope: 'interview' } });
    expect(all.cascade.map((f) => f.kind).sort()).toEqual(['check-in', 'thank-you']);
    expect(followUpsOf(core, app.id).every((f) => f.status === 'skipped')).toBe(true);
    await ok(core, 'history.undo', {});
    expect(followUpsOf(core, app.id).every((f) => f.status === 'pending')).toBe(true);
    await core.close();
  });

  it('heard back on a check-in cancels it (never done), so insights count no check-in sent', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
    const checkIn = followUpsOf(core, app.id).find((f) => f.kind === 'check-in' && f.sequence === 1)!;
    const result = await ok<FollowUpActResult>(core, 'followUps.act', { id: checkIn.id, act: { action: 'heardBack' } });
    expect(result.followUp).toMatchObject({ status: 'cancelled', statusReason: 'Heard back' });
    expect(result.cascade.map((f) => [f.kind, f.status])).toEqual([['check-in', 'cancelled']]);
    const effect = followUpEffect(core.store.readChildrenOf(app.id).interviews, followUpsOf(core, app.id));
    expect(effect.withCheckIn.total).toBe(0);
    await core.close();
  });

  it('a promised date before the interview day is refused, naming the field; nothing is written', async () => {
    const core = await openTestCore();
    const { app, interview } = await seed(core, { status: 'not_given', date: null, channel: 'email', asked: true });
    const before = followUpsOf(core, app.id);
    const update = await core.dispatch('interviews.update', { id: interview.id, patch: { hearBack: { status: 'date', date: '2026-03-01', channel: 'email', asked: true } } });
    expect(update).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'hearBack.date' }] } });
    const create = await core.dispatch('interviews.create', {
      applicationId: app.id,
      round: 'Second round',
      startsAt: '2026-03-10T08:00:00.000Z',
      timeZone: 'Europe/Berlin',
      hearBack: { status: 'date', date: '2026-03-09', channel: 'email', asked: true },
    });
    expect(create).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'hearBack.date' }] } });
    expect(followUpsOf(core, app.id)).toEqual(before);
    expect(core.store.readInterview(interview.id)?.hearBack.status).toBe('not_given');
    await core.close();
  });

  it('the hear-back prompt waits for the thank-you and falls on a later day', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'unknown', date: null, channel: null, asked: false });
    const thanks = followUpsOf(core, app.id).find((f) => f.kind === 'thank-you')!;
    const prompt = followUpsOf(core, app.id).find((f) => f.kind === 'hear-back-prompt')!;
    expect(Date.parse(prompt.dueAt)).toBeGreaterThan(Date.parse(thanks.dueAt));
    expect(prompt.dueAt.slice(0, 10)).not.toBe(thanks.dueAt.slice(0, 10));
    expect(waitingFollowUps(followUpsOf(core, app.id)).has(prompt.id)).toBe(true);
    const sent = await ok<FollowUpActResult>(core, 'followUps.act', { id: thanks.id, act: { action: 'markSent' } });
    expect(sent.followUp).toMatchObject({ status: 'done', statusReason: 'Marked sent' });
    expect(waitingFollowUps(followUpsOf(core, app.id)).has(prompt.id)).toBe(false);
    await core.close();
  });

  it('refuses a custom reminder whose rule would never fire', async () => {
    const core = await openTestCore();
    const { app } = await seed(core, { status: 'not_given', date: null, channel: 'email', asked: true });
    const envelope = await core.dispatch('followUps.create', {
      applicationId: app.id,
      title: 'Ping',
      dueAt: '2026-03-03T08:00:00.000Z',
      timeZone: 'Europe/Berlin',
      recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=1',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'recurrence' }] } });
    await core.close();
  });
});

describe('contacts and interviews', () => {
  it('removing a contact takes it off the interviews it was on, and undo puts it back', async () => {
    const core = await openTestCore();
    const { app, interview } = await seed(core, { status: 'not_given', date: null, channel: 'email', asked: true });
    await ok(core, 'applications.update', { id: app.id, patch: { contacts: [] } });
    expect(core.store.readInterview(interview.id)?.interviewerIds).toEqual([]);
    await ok(core, 'history.undo', {});
    expect(core.store.readInterview(interview.id)?.interviewerIds).toEqual([app.contacts[0]!.id]);
    await core.close();
  });
});
