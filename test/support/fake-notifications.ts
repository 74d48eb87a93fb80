import type { NotificationConstructorOptions } from 'electron';
import { vi } from 'vitest';
import { createNotifier, type NotificationLike } from '../../electron/main/notifications/notifier';

/** A desktop notification that records what it was given, and lets a test click it or its buttons. */
export class FakeNotification implements NotificationLike {
  static created: FakeNotification[] = [];
  readonly handlers = new Map<string, (...args: unknown[]) => void>();
  shown = false;
  constructor(readonly options: NotificationConstructorOptions) {
    FakeNotification.created.push(this);
  }
  on(event: string, listener: (...args: never[]) => void): this {
    this.handlers.set(event, listener as (...args: unknown[]) => void);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  closed = false;
  close(): void {
    this.closed = true;
  }
  emit(event: string, ...args: unknown[]): void {
    this.handlers.get(event)?.(...args);
  }
}

/** The real notifier over fake notifications, on `platform`, with every dependency a spy. */
export function fakeNotifier(platform: NodeJS.Platform, available = true) {
  FakeNotification.created = [];
  const deps = {
    platform,
    available: () => available,
    create: vi.fn((o: NotificationConstructorOptions) => new FakeNotification(o)),
    sendEvent: vi.fn(),
    focusWindow: vi.fn(),
    act: vi.fn(async () => undefined),
    answerReply: vi.fn(async () => undefined),
    onFallback: vi.fn(),
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  };
  return { deps, notifier: createNotifier(deps) };
}
