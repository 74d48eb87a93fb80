import { afterEach, describe, expect, it } from 'vitest';
import { createEventSender } from '../../../electron/main/ipc/event-forwarding';
import { startBrowserModeServer } from '../../../electron/browser-mode/server';
import { createScheduler, MAX_TIMER_MS } from '../../../electron/core/scheduler';
import { HTTP_TRANSPORT, IPC_EVENT_CHANNEL, type Workspace } from '../../../shared/contract';
import type { Application } from '../../../shared/domain';
import { fakeClock, ok, openTestCore, tempDir } from '../../support/core';
import { FakeClock, FakeWorld, settle } from './scheduler/fakes';

/**
 * The rules of core/host-lifecycle.ts, run against both hosts: the desktop app's event sender
 * (the window not there yet) and browser mode's HTTP server (no tab subscribed yet).
 */
type Core = Awaited<ReturnType<typeof openTestCore>>;

interface Host {
  name: string;
  /** Wires the host to the core with no page listening yet; returns how a page then subscribes. */
  start(core: Core): Promise<{ openPage(): Promise<Array<{ event: string; payload: unknown }>>; close(): Promise<void> }>;
}

const electronHost: Host = {
  name: 'desktop app (event sender over the window)',
  async start(core) {
    const received: Array<{ event: string; payload: unknown }> = [];
    let window: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void } | null = null;
    const sender = createEventSender(() => window);
    const off = core.onEvent(sender);
    return {
      async openPage() {
        window = { isDestroyed: () => false, send: (channel, event, payload) => channel === IPC_EVENT_CHANNEL && received.push({ event: event as string, payload }) };
        sender.flush(); // the page has loaded
        return received;
      },
      async close() {
        off();
      },
    };
  },
};

const browserHost: Host = {
  name: 'browser mode (server-sent events)',
  async start(core) {
    const server = await startBrowserModeServer({ core, rendererDir: tempDir() });
    const controller = new AbortController();
    return {
      async openPage() {
        const response = await fetch(`http://127.0.0.1:${server.port}${HTTP_TRANSPORT.eventsPath}?token=${server.secret}`, { signal: controller.signal });
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let text = '';
        const deadline = Date.now() + 2000;
        while (!text.includes('"navigate"') && Date.now() < deadline) {
          const chunk = await Promise.race([reader.read(), new Promise<{ done: true; value: undefined }>((r) => setTimeout(() => r({ done: true, value: undefined }), 300))]);
          if (chunk.value) text += decoder.decode(chunk.value);
          if (chunk.done && !chunk.value) break;
        }
        return [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as { event: string; payload: unknown });
      },
      async close() {
        controller.abort();
        await server.close();
      },
    };
  },
};

describe.each([electronHost, browserHost])('host lifecycle: $name', (host) => {
  let core: Core;
  afterEach(async () => core?.close());

  it('an event sent before the page subscribed reaches it once it does; others are dropped', async () => {
    core = await openTestCore({ clock: fakeClock('2026-03-02T09:00:00.000Z') });
    const wired = await host.start(core);
    const app = await ok<Application>(core, 'applications.create', { company: 'Early Bird', role: 'Engineer' });
    await ok(core, 'interviews.create', { applicationId: app.id, round: 'Screen', startsAt: '2026-03-03T10:00:00.000Z', timeZone: 'UTC' });
    const workspace = await ok<Workspace>(core, 'workspace.get', {});
    const thankYou = workspace.followUps.find((f) => f.kind === 'thank-you')!;
    await core.act(thankYou.id, 'draft'); // a notification's Draft button, before any page listens
    await core.settled();
    const events = await wired.openPage();
    expect(events.filter((e) => e.event === 'navigate')).toEqual([{ event: 'navigate', payload: { applicationId: app.id, followUpId: thankYou.id, action: 'draft' } }]);
    expect(events.filter((e) => e.event === 'data.changed')).toEqual([]); // the page loads the workspace itself
    await wired.close();
  });
});

describe('after sleep, every host refreshes as on a resume (the core notices)', () => {
  it('a minute timer that fires hours late tells the core it woke, once', async () => {
    const clock = new FakeClock('2026-03-10T13:00:00.000Z');
    const world = new FakeWorld(clock, [], 'UTC', {});
    const woke: number[] = [];
    const scheduler = createScheduler({ ...world.ports(), onWoke: (late) => woke.push(late) });
    scheduler.start();
    await settle();
    await clock.advance(MAX_TIMER_MS * 3); // awake: on time, no wake-up
    expect(woke).toEqual([]);
    clock.sleep(5 * 3_600_000);
    await clock.advance(MAX_TIMER_MS);
    expect(woke).toHaveLength(1);
    expect(woke[0]).toBeGreaterThan(4 * 3_600_000);
    scheduler.stop();
  });

  it('a data change between waking and the late timer still tells it (once), since the armed timer is overdue', async () => {
    const clock = new FakeClock('2026-03-10T13:00:00.000Z');
    const world = new FakeWorld(clock, [], 'UTC', {});
    const woke: number[] = [];
    const scheduler = createScheduler({ ...world.ports(), onWoke: (late) => woke.push(late) });
    scheduler.start();
    await settle();
    clock.sleep(5 * 3_600_000);
    // The user's first click after opening the lid lands before the minute timer fires.
    await scheduler.recompute('data-changed');
    expect(woke).toHaveLength(1);
    expect(woke[0]).toBeGreaterThan(4 * 3_600_000);
    await clock.advance(MAX_TIMER_MS * 2);
    expect(woke).toHaveLength(1);
    // The OS's own resume is the host's refresh already: not told twice.
    clock.sleep(3_600_000);
    await scheduler.recompute('resume');
    await clock.advance(MAX_TIMER_MS * 2);
    expect(woke).toHaveLength(1);
    scheduler.stop();
  });
});
