import { describe, expect, it } from 'vitest';
import type { Application, FollowUp } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore } from '../../../support/core';

// Rule: undo and redo restore what the user changed, never the record of reminders already shown.
describe('undo never shows a reminder again', () => {
  it('a recurring reminder marked sent, shown again the next day, then the mark undone: nothing is shown twice', async () => {
    const clock = fakeClock('2026-03-02T08:00:00.000Z');
    const core = await openTestCore({ clock });
    const app = await ok<Application>(core, 'applications.create', { company: 'Northwind', role: 'Engineer' });
    const reminder = await ok<FollowUp>(core, 'followUps.create', {
      applicationId: app.id,
      title: 'Check the applicant portal',
      dueAt: '2026-03-02T08:30:00.000Z',
      timeZone: 'Europe/Berlin',
      recurrence: 'FREQ=DAILY',
    });
    const shownFor = () =>
      core.shown
        .flat()
        .filter((r) => r.followUpId === reminder.id)
        .map((r) => r.occurrence);

    clock.set('2026-03-02T08:31:00.000Z');
    core.hint('resume');
    await core.settled();
    expect(shownFor()).toEqual(['2026-03-02T08:30:00.000Z']);

    await ok(core, 'followUps.act', { id: reminder.id, act: { action: 'markSent' } });
    clock.set('2026-03-03T08:31:00.000Z');
    core.hint('resume');
    await core.settled();
    expect(shownFor()).toEqual(['2026-03-02T08:30:00.000Z', '2026-03-03T08:30:00.000Z']);

    await ok(core, 'history.undo', {});
    core.hint('resume');
    await core.settled();
    expect(shownFor()).toHaveLength(2);
    const restored = core.store.readFollowUp(reminder.id)!;
    expect(restored.dueAt).toBe('2026-03-02T08:30:00.000Z'); // the user's change is undone…
    expect(restored.deliveries.map((d) => d.occurrence)).toEqual(['2026-03-02T08:30:00.000Z', '2026-03-03T08:30:00.000Z']); // …what was shown is not

    await ok(core, 'history.redo', {});
    core.hint('resume');
    await core.settled();
    expect(shownFor()).toHaveLength(2);
    expect(core.store.readFollowUp(reminder.id)!.deliveries).toHaveLength(2);
    await core.close();
  });
});
