import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL } from '../../../../shared/contract';
import { createEventSender } from '../../../../electron/main/ipc/event-forwarding';

describe('createEventSender', () => {
  it('sends (name, payload) on the event channel', () => {
    const send = vi.fn();
    createEventSender(() => ({ isDestroyed: () => false, send }))('data.changed', { revision: 3, previousRevision: 2, patch: null });
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'data.changed', { revision: 3, previousRevision: 2, patch: null });
  });

  it('drops events when there is no live window', () => {
    const send = vi.fn();
    createEventSender(() => null)('data.changed', { revision: 1, previousRevision: 0, patch: null });
    createEventSender(() => ({ isDestroyed: () => true, send }))('data.changed', { revision: 1, previousRevision: 0, patch: null });
    expect(send).not.toHaveBeenCalled();
  });
});
