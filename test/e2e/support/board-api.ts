import type { Page } from '@playwright/test';
import type { RunningApp } from './browser-mode';

/** Calls a contract method over browser mode's HTTP API (test set-up and checks). */
export async function contractCall<T = unknown>(app: RunningApp, method: string, request: object): Promise<T> {
  const response = await fetch(`${app.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

export interface SeedCard {
  company: string;
  role: string;
  stageId: string;
  tags?: string[];
  notes?: string;
}

export async function seed(app: RunningApp, cards: SeedCard[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const card of cards) {
    const created = await contractCall<{ id: string }>(app, 'applications.create', card);
    ids.set(card.company, created.id);
  }
  return ids;
}

/** Each stage's companies, top to bottom, as stored. */
export async function storedBoard(app: RunningApp): Promise<Record<string, string[]>> {
  const ws = await contractCall<{ stages: { id: string; name: string; order: number }[]; applications: { company: string; stageId: string; position: number }[] }>(app, 'workspace.get', {});
  const board: Record<string, string[]> = {};
  for (const stage of [...ws.stages].sort((a, b) => a.order - b.order)) {
    board[stage.name] = ws.applications
      .filter((a) => a.stageId === stage.id)
      .sort((a, b) => a.position - b.position)
      .map((a) => a.company);
  }
  return board;
}

/** The companies a column shows, top to bottom (cards are virtualized: visible ones only). */
export async function shownCompanies(page: Page, stageName: string): Promise<string[]> {
  const list = page.getByRole('list', { name: `${stageName} applications` });
  if ((await list.count()) === 0) return [];
  return list.locator(':scope > li').evaluateAll((rows) =>
    rows
      .map((row) => ({ top: row.getBoundingClientRect().top, name: row.querySelector('.card-company')?.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.name),
  );
}

/** A real pointer drag: press, move in many small steps (dnd-kit needs them), release. */
export async function pointerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.move(to.x, to.y + 2, { steps: 3 });
  await page.mouse.up();
}
