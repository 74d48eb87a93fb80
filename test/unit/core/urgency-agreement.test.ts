import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { cardFollowUps } from '../../../renderer/src/board/card-follow-up';
import { todayGroups } from '../../../renderer/src/today/today-groups';
import type { Workspace } from '../../../shared/contract';
import type { Application, FollowUp, Interview } from '../../../shared/domain';
import { needsAttention, urgencies } from '../../../shared/followup';
import { fakeClock, ok, openTestCore } from '../../support/core';

/**
 * For the same data at the same instant, the tray badge (the core's count), Today's groups and the
 * board cards say the same thing about what is due — including a recurring reminder, a snoozed
 * one, a check-in waiting for an earlier one and an unrecorded promise's prompt.
 */

const START = Date.parse('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const clock = fakeClock(START);
let core: Core;

async function application(company: string): Promise<Application> {
  return ok<Application>(core, 'applications.create', {
    company,
    role: 'Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Robin Okafor', title: 'Manager', email: 'robin@example.com', phone: '', notes: '' }],
  });
}

async function interview(app: Application, startsAt: string, hearBack: Interview['hearBack']): Promise<Interview> {
  return ok<Interview>(core, 'interviews.create', {
    applicationId: app.id,
    round: 'Technical interview',
    startsAt,
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    interviewerIds: [app.contacts[0]!.id],
    memorableDetail: 'their move to event sourcing',
    hearBack,
  });
}

beforeAll(async () => {
  core = await openTestCore({ clock });
  // A promise: a thank-you, then check-in 1, and check-in 2 waiting behind it.
  await interview(await application('Globex'), '2026-03-02T08:00:00.000Z', { status: 'date', date: '2026-03-06', channel: 'email', asked: true });
  // No promise recorded: the "ask when you'll hear back" prompt lives in Today's "Record" group.
  await interview(await application('Initech'), '2026-03-03T08:00:00.000Z', { status: 'unknown', date: null, channel: null, asked: false });
  // A weekly reminder (Mondays 10:00 Berlin), and a one-off that gets snoozed.
  const umbrella = await application('Umbrella');
  await ok(core, 'followUps.create', { applicationId: umbrella.id, title: 'Weekly pipeline review', dueAt: '2026-03-02T09:00:00.000Z', timeZone: 'Europe/Berlin', recurrence: 'FREQ=WEEKLY' });
  const hooli = await application('Hooli');
  const once = await ok<FollowUp>(core, 'followUps.create', { applicationId: hooli.id, title: 'Send the portfolio link', dueAt: '2026-03-03T09:00:00.000Z', timeZone: 'Europe/Berlin' });
  clock.set('2026-03-03T10:00:00.000Z');
  await ok(core, 'followUps.act', { id: once.id, act: { action: 'snooze', preset: 'until', until: '2026-03-05T09:00:00.000Z' } });
});

afterAll(async () => {
  await core.close();
});

describe('the tray, Today and the board agree on what is due', () => {
  it('at any instant over six weeks, in the user zone', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 42 * DAY }), async (offset) => {
        const nowMs = START + offset;
        clock.set(new Date(nowMs).toISOString());
        const ws = await ok<Workspace>(core, 'workspace.get', {});
        const tray = core.dueCount();
        const today = todayGroups(ws, nowMs);
        const cards = cardFollowUps(ws.followUps, nowMs, ws.effectiveTimeZone);
        const rule = urgencies(ws.followUps, nowMs, ws.effectiveTimeZone);
        for (const u of rule.values()) seen.add(u.state);

        // Today's due lists, plus the prompts it shows in "Record after your interviews" that are due.
        const duePrompts = today.missing.filter((m) => m.prompt !== null && needsAttention(rule.get(m.prompt.id)!));
        expect(today.attentionCount).toBe(tray);
        expect(today.overdue.length + today.dueToday.length + duePrompts.length).toBe(tray);

        // A card says "overdue"/"due" exactly for the applications Today lists as overdue/due.
        const overdueApps = new Set([...today.overdue.map((d) => d.application.id), ...duePrompts.filter((m) => rule.get(m.prompt!.id)?.state === 'overdue').map((m) => m.application.id)]);
        const attentionApps = new Set([...overdueApps, ...today.dueToday.map((d) => d.application.id), ...duePrompts.map((m) => m.application.id)]);
        for (const app of ws.applications) {
          const card = cards.get(app.id);
          expect(card?.state === 'overdue', `${app.company} overdue`).toBe(overdueApps.has(app.id));
          expect(card?.state === 'overdue' || card?.state === 'due', `${app.company} needs attention`).toBe(attentionApps.has(app.id));
        }
      }),
      { numRuns: 60, examples: [[0], [DAY + 3_600_000], [7 * DAY + 3_600_000], [16 * DAY]] },
    );
    // The instants covered every state, so the agreement was checked where it matters.
    expect([...seen].sort()).toEqual(['due', 'overdue', 'upcoming', 'waiting']);
  });
});
