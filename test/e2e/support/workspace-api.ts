import type { APIRequestContext } from '@playwright/test';
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract';
import type { RunningApp } from './browser-mode';

/** Calls the real core the way the renderer does in browser mode, to seed data and check what was stored. */
export async function callApi<M extends MethodName>(request: APIRequestContext, app: RunningApp, method: M, body: RequestOf<M>): Promise<ResponseOf<M>> {
  const response = await request.post(`${app.origin}/api/call/${method}`, { data: body, headers: { Authorization: `Bearer ${app.token}` } });
  const envelope = (await response.json()) as { ok: boolean; value?: ResponseOf<M>; error?: unknown };
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as ResponseOf<M>;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** An ISO instant `ms` from now, rounded to the minute (what the interview form can express). */
export function fromNow(ms: number): string {
  return new Date(Math.floor((Date.now() + ms) / 60_000) * 60_000).toISOString();
}

/** The UTC calendar date ("2026-03-08") `ms` from now. */
export function utcDateFromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString().slice(0, 10);
}

/** Stops browser mode, giving up after 10 s so a stuck shutdown cannot eat the test's time budget. */
export async function stopApp(app: RunningApp | undefined): Promise<void> {
  if (!app) return;
  await Promise.race([app.stop(), new Promise<void>((resolve) => setTimeout(resolve, 10_000))]);
}
