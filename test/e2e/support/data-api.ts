import type { Browser, Page } from '@playwright/test';
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract';
import type { RunningApp } from './browser-mode';

/** Calls a contract method over browser mode's HTTP face, as the renderer does; throws on failure. */
export async function callApi<M extends MethodName>(app: RunningApp, method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const response = await fetch(`${app.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: true; value: ResponseOf<M> } | { ok: false; error: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

/** A few applications across the stages, with one move, for history and insights. */
export async function seedApplications(app: RunningApp): Promise<{ ids: Record<string, string> }> {
  const specs = [
    { company: 'Northwind Traders', role: 'Staff Engineer', stageId: 'applied' },
    { company: 'Contoso', role: 'Product Designer', stageId: 'applied' },
    { company: 'Fabrikam', role: 'Data Analyst', stageId: 'wishlist' },
    { company: 'Tailspin Toys', role: 'QA Lead', stageId: 'applied' },
  ];
  const ids: Record<string, string> = {};
  for (const spec of specs) ids[spec.company] = (await callApi(app, 'applications.create', spec)).id;
  await callApi(app, 'applications.move', { id: ids['Contoso']!, toStageId: 'interviewing', toIndex: 0 });
  await callApi(app, 'applications.move', { id: ids['Tailspin Toys']!, toStageId: 'closed', toIndex: 0 });
  return { ids };
}

/**
 * Stops browser mode after closing the page's browser context: an open event stream or a pooled
 * keep-alive socket can keep the server's `close()` waiting, and only closing the context drops them.
 */
export async function closeAndStop(page: Page, app: RunningApp): Promise<void> {
  await page.context().close();
  await app.stop();
}

/** A page in its own browser context (so `closeAndStop` can drop its connections). */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, acceptDownloads: true });
  return context.newPage();
}

const daysAgo = (n: number): Date => new Date(Date.now() - n * 86_400_000);
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Interviews with promises (one answered late, one silent) so every insight has numbers. */
export async function seedInterviews(app: RunningApp, ids: Record<string, string>): Promise<void> {
  const answered = await callApi(app, 'interviews.create', {
    applicationId: ids['Northwind Traders']!,
    round: 'Hiring manager',
    startsAt: daysAgo(20).toISOString(),
    timeZone: 'Europe/Berlin',
    hearBack: { status: 'date', date: isoDay(daysAgo(15)), channel: 'email', asked: true },
  });
  await callApi(app, 'interviews.heardBack', { id: answered.id, heardBack: true });
  await callApi(app, 'interviews.create', {
    applicationId: ids['Contoso']!,
    round: 'Portfolio review',
    startsAt: daysAgo(12).toISOString(),
    timeZone: 'Europe/Berlin',
    hearBack: { status: 'date', date: isoDay(daysAgo(8)), channel: 'phone', asked: true },
  });
}
