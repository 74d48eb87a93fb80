import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../../shared/contract';
import { FakeNotification, fakeNotifier } from '../../../support/fake-notifications';

const reminder = (n: number): Reminder => ({
  followUpId: `fu-${n}`,
  applicationId: `app-${n}`,
  occurrence: '2025-03-10T09:00:00.000Z',
  title: `Check in with Company ${n}`,
  body: 'The promised date has passed.',
});

const setup = fakeNotifier;

describe('notifier', () => {
  it('shows one notification per reminder with the five action buttons on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { notifier } = setup(platform);
      notifier.show([reminder(1), reminder(2)], false);
      expect(FakeNotification.created).toHaveLength(2);
      expect(FakeNotification.created[0]?.options.actions?.map((a) => a.text)).toEqual(['Draft', 'Mark sent', 'Snooze', 'Heard back', 'Skip']);
      expect(FakeNotification.created.every((n) => n.shown)).toBe(true);
    }
  });

  it('closes the notification of a reminder when another computer showed it (sync), and only that one', () => {
    const { notifier } = setup('darwin');
    notifier.show([reminder(1), reminder(2)], false);
    notifier.close?.('fu-2', '2025-03-10T09:00:00.000Z');
    expect(FakeNotification.created.map((n) => n.closed)).toEqual([false, true]);
    expect(notifier.liveCount).toBe(1);
    notifier.close?.('fu-9', '2025-03-10T09:00:00.000Z');
    expect(notifier.liveCount).toBe(1);
  });

  it('shows no buttons on Linux, and a click opens the follow-up in the window', () => {
    const { notifier, deps } = setup('linux');
    notifier.show([reminder(1)], false);
    const n = FakeNotification.created[0];
    expect(n?.options.actions).toBeUndefined();
    n?.emit('click');
    expect(deps.sendEvent).toHaveBeenCalledWith('navigate', { applicationId: 'app-1', followUpId: 'fu-1', action: null });
    expect(deps.focusWindow).toHaveBeenCalled();
  });

  it.each([
    [1, 'markSent'],
    [2, 'snooze'],
    [3, 'heardBack'],
    [4, 'skip'],
  ])('runs the action of button %i (%s) on the follow-up', (index, action) => {
    const { notifier, deps } = setup('darwin');
    notifier.show([reminder(1)], false);
    FakeNotification.created[0]?.emit('action', { actionIndex: index }, index);
    expect(deps.act).toHaveBeenCalledWith('fu-1', action);
  });

  it('opens the draft in the window for the Draft button (legacy index argument too)', () => {
    const { notifier, deps } = setup('win32');
    notifier.show([reminder(1)], false);
    FakeNotification.created[0]?.emit('action', {}, 0);
    expect(deps.sendEvent).toHaveBeenCalledWith('navigate', { applicationId: 'app-1', followUpId: 'fu-1', action: 'draft' });
    expect(deps.act).not.toHaveBeenCalled();
  });

  it('ignores an action index it did not create', () => {
    const { notifier, deps } = setup('darwin');
    notifier.show([reminder(1)], false);
    FakeNotification.created[0]?.emit('action', { actionIndex: 9 }, 9);
    expect(deps.act).not.toHaveBeenCalled();
  });

  it('keeps each notification referenced until click, close or failure', () => {
    const { notifier } = setup('darwin');
    notifier.show([reminder(1), reminder(2), reminder(3)], false);
    expect(notifier.liveCount).toBe(3);
    FakeNotification.created[0]?.emit('click');
    FakeNotification.created[1]?.emit('close');
    expect(notifier.liveCount).toBe(1);
    FakeNotification.created[2]?.emit('failed', {}, 'denied');
    expect(notifier.liveCount).toBe(0);
  });

  it('falls back to the window and the tray when a notification fails', () => {
    const { notifier, deps } = setup('win32');
    notifier.show([reminder(1)], false);
    FakeNotification.created[0]?.emit('failed', {}, 'toast failed');
    expect(deps.sendEvent).toHaveBeenCalledWith('reminders.due', { reminders: [reminder(1)], digest: false });
    expect(deps.onFallback).toHaveBeenCalled();
  });

  it('never constructs a Notification when the OS cannot show them (no D-Bus server)', () => {
    const { notifier, deps } = setup('linux', false);
    notifier.show([reminder(1), reminder(2)], true);
    expect(deps.create).not.toHaveBeenCalled();
    expect(deps.sendEvent).toHaveBeenCalledWith('reminders.due', { reminders: [reminder(1), reminder(2)], digest: true });
    expect(deps.onFallback).toHaveBeenCalled();
  });

  it('summarizes a catch-up batch in one digest whose click shows the list in the app', () => {
    const { notifier, deps } = setup('darwin');
    notifier.show([1, 2, 3, 4, 5, 6].map(reminder), true);
    expect(FakeNotification.created).toHaveLength(1);
    const digest = FakeNotification.created[0];
    expect(digest?.options.title).toBe('6 follow-ups are due');
    expect(digest?.options.actions).toBeUndefined();
    digest?.emit('click');
    expect(deps.sendEvent).toHaveBeenCalledWith('reminders.due', expect.objectContaining({ digest: true }));
    expect(deps.focusWindow).toHaveBeenCalled();
  });

  it('falls back when constructing a notification throws', () => {
    const { notifier, deps } = setup('darwin');
    deps.create.mockImplementationOnce(() => {
      throw new Error('no notification center');
    });
    notifier.show([reminder(1)], false);
    expect(deps.sendEvent).toHaveBeenCalledWith('reminders.due', { reminders: [reminder(1)], digest: false });
  });
});
