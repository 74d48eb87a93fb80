import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL } from '../../../../shared/contract';
import { createEventSender, MAX_HELD_EVENTS } from '../../../../electron/main/ipc/event-forwarding';

describe('createEventSender', () => {
  it('sends (name, payload) on the event channel', () => {
    const send = vi.fn();
    createEventSender(() => ({ isDestroyed: () => false, send }))('data.changed', { revision: 3, previousRevision: 2, patch: null });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'data.changed', { revision: 3, previousRevision: 2, patch: null });
  });

  it('drops data events when there is no live window (the next page refetches)', () => {
    const send = vi.fn();
    createEventSender(() => null)('data.changed', { revision: 1, previousRevision: 0, patch: null });
    createEventSender(() => ({ isDestroyed: () => true, send }))('data.changed', { revision: 1, previousRevision: 0, patch: null });
    expect(send).not.toHaveBeenCalled();
  });

  it('holds navigate and reminders.due while there is no window, and sends them to the next page on flush', () => {
    const send = vi.fn();
    let live: { isDestroyed: () => boolean; send: typeof send } | null = null;
    const sender = createEventSender(() => live);
    const target = { applicationId: 'a1', followUpId: 'f1', action: null };
    const due = { reminders: [], digest: false };
    sender('navigate', target);
    sender('reminders.due', due);
    sender('data.changed', { revision: 2, previousRevision: 1, patch: null });
    sender.flush(); // still no window: nothing to send to, nothing lost
    live = { isDestroyed: () => false, send };
    sender.flush();
    expect(send.mock.calls).toEqual([
      [IPC_EVENT_CHANNEL, 'navigate', target],
      [IPC_EVENT_CHANNEL, 'reminders.due', due],
    ]);
    sender.flush();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it(`holds at most ${MAX_HELD_EVENTS}, the newest`, () => {
    const send = vi.fn();
    let live: { isDestroyed: () => boolean; send: typeof send } | null = null;
    const sender = createEventSender(() => live);
    for (let i = 0; i < MAX_HELD_EVENTS + 5; i += 1) sender('navigate', { applicationId: `a${i}`, followUpId: null, action: null });
    live = { isDestroyed: () => false, send };
    sender.flush();
    expect(send.mock.calls.map(([, , p]) => (p as { applicationId: string }).applicationId)).toEqual(Array.from({ length: MAX_HELD_EVENTS }, (_, i) => `a${i + 5}`));
  });
});
