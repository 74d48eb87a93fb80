import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';

test('an application added in the renderer is on disk and still there after a restart', async ({ page }) => {
  const dataDir = freshDataDir();
  let app = await startApp(dataDir);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Company').fill('Northwind Traders');
  await dialog.getByLabel('Role').fill('Staff Engineer');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog).toBeHidden();
  const applied = page.getByRole('list', { name: 'Applied applications' });
  await expect(applied.getByText('Northwind Traders')).toBeVisible();

  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.url);
  await expect(page.getByRole('list', { name: 'Applied applications' }).getByText('Northwind Traders')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Applied applications' }).getByText('Staff Engineer')).toBeVisible();
  await app.stop();
});

test('a contract call without the session secret is refused', async ({ request }) => {
  const app = await startApp(freshDataDir());
  const anonymous = await request.post(`${app.origin}/api/call/applications.create`, { data: { company: 'X', role: 'Y' } });
  expect([401, 403]).toContain(anonymous.status());
  const wrong = await request.post(`${app.origin}/api/call/workspace.get`, { data: {}, headers: { Authorization: 'Bearer wrongwrongwrongwrongwrong' } });
  expect(wrong.status()).toBe(401);
  const events = await request.get(`${app.origin}/api/events`);
  expect(events.status()).toBe(401);
  const good = await request.post(`${app.origin}/api/call/workspace.get`, { data: {}, headers: { Authorization: `Bearer ${app.token}` } });
  expect(good.status()).toBe(200);
  expect((await good.json()).value.applications).toEqual([]);
  await app.stop();
});

test('a second Hearback on the same data folder is refused with a clear message', async () => {
  const dataDir = freshDataDir();
  const app = await startApp(dataDir);
  try {
    await expect(startApp(dataDir)).rejects.toThrow(/in use by another Hearback/);
  } finally {
    await app.stop();
  }
  // Once the first has quit, the folder is free again.
  const again = await startApp(dataDir);
  await again.stop();
});
