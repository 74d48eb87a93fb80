import { describe, expect, it } from 'vitest';
import { createEventInbox, MAX_UNHEARD } from '../../../../shared/contract/event-inbox';

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const target = (n: number) => ({ applicationId: `a${n}`, followUpId: null, action: null });

describe("the page's event inbox (browser mode's client)", () => {
  it('hands an event to its listeners at once', () => {
    const inbox = createEventInbox();
    const got: unknown[] = [];
    inbox.listen('navigate', (p) => got.push(p));
    inbox.deliver('navigate', target(1));
    expect(got).toEqual([target(1)]);
  });

  it('keeps what arrived before anyone listened, for the first listener of that name only, once, in order', async () => {
    const inbox = createEventInbox();
    inbox.deliver('navigate', target(1));
    inbox.deliver('capture.open', { url: '' });
    inbox.deliver('navigate', target(2));
    const first: unknown[] = [];
    const second: unknown[] = [];
    inbox.listen('navigate', (p) => first.push(p));
    expect(first, 'not while subscribing: just after, as a live event comes').toEqual([]);
    inbox.listen('navigate', (p) => second.push(p));
    await tick();
    expect(first).toEqual([target(1), target(2)]);
    expect(second).toEqual([]);
    const opened: unknown[] = [];
    inbox.listen('capture.open', (p) => opened.push(p));
    await tick();
    expect(opened).toEqual([{ url: '' }]);
  });

  it('keeps at most MAX_UNHEARD, the newest', async () => {
    const inbox = createEventInbox();
    for (let i = 0; i < MAX_UNHEARD + 5; i += 1) inbox.deliver('navigate', target(i));
    const got: Array<{ applicationId: string }> = [];
    inbox.listen('navigate', (p) => got.push(p as { applicationId: string }));
    await tick();
    expect(got).toHaveLength(MAX_UNHEARD);
    expect(got[0]!.applicationId).toBe('a5');
  });

  it('gives nothing to a listener that left before the kept events came', async () => {
    const inbox = createEventInbox();
    inbox.deliver('navigate', target(1));
    const got: unknown[] = [];
    const off = inbox.listen('navigate', (p) => got.push(p));
    off();
    await tick();
    expect(got).toEqual([]);
  });
});
