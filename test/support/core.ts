import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Clock, type Core, type CorePorts } from '../../electron/core';
import type { Reminder } from '../../shared/contract/events';

export const tempDir = (prefix = 'hearback-test-'): string => mkdtempSync(join(tmpdir(), prefix));

/** A clock the test moves by hand. */
export function fakeClock(start: string | number = '2026-03-02T09:00:00.000Z'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => now,
    setTimeout: () => 0,
    clearTimeout: () => undefined,
    set: (iso) => {
      now = Date.parse(iso);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

/** The real core on a temporary data folder. */
export async function openTestCore(overrides: Partial<CorePorts> = {}): Promise<Core & { shown: Reminder[][] }> {
  const shown: Reminder[][] = [];
  const core = await openCore({
    dataDir: overrides.dataDir ?? tempDir(),
    mode: 'browser',
    version: '0.0.0-test',
    clock: fakeClock(),
    log: silentLog,
    notifier: { show: (reminders) => shown.push(reminders) },
    systemTimeZone: () => 'Europe/Berlin',
    ...overrides,
  });
  return Object.assign(core, { shown });
}

/** Calls a method and returns its value, failing the test on an error envelope. */
export async function ok<T = unknown>(core: Core, method: string, payload: unknown): Promise<T> {
  const envelope = await core.dispatch(method, payload);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}
