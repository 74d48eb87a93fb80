import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contractCall, pointerDrag, seed, shownCompanies, storedBoard } from './support/board-api';
import { freshDataDir, startApp } from './support/browser-mode';

const column = (page: Page, name: string) => page.getByRole('region', { name });

/** A point inside the element: its horizontal centre, `down` px below its top. */
async function pointIn(locator: ReturnType<Page['locator']>, down: number) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + Math.min(down, box.height / 2) };
}

test('cards move by pointer, keyboard and menu; undo works; every position survives reload and restart', async ({ page }) => {
  const dataDir = freshDataDir();
  let app = await startApp(dataDir);
  await seed(app, [
    { company: 'Acme', role: 'Engineer', stageId: 'applied' },
    { company: 'Globex', role: 'Designer', stageId: 'applied' },
    { company: 'Umbrella', role: 'PM', stageId: 'applied' },
    { company: 'Initech', role: 'Analyst', stageId: 'wishlist' },
  ]);
  await page.goto(app.url);
  await expect(page.getByRole('list', { name: 'Applied applications' }).getByText('Acme')).toBeVisible();

  // Pointer: Acme from Applied across Interviewing into Offer.
  const acme = page.getByRole('article', { name: 'Acme — Engineer' });
  await pointerDrag(page, await pointIn(acme.getByText('Engineer'), 8), await pointIn(column(page, 'Offer'), 120));
  await expect(page.getByRole('list', { name: 'Offer applications' }).getByText('Acme')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Moved Acme — Engineer to Offer' })).toBeVisible();
  await expect.poll(async () => (await storedBoard(app))['Offer']).toEqual(['Acme']);

  // Keyboard: Globex one column right (Applied → Interviewing).
  // Each step waits for dnd-kit's screen-reader announcement, as a screen-reader user would hear it.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await page.getByRole('button', { name: 'Drag Globex — Designer' }).focus();
  await page.keyboard.press('Space');
  // "Picked up…" is replaced at once by "…is in Applied", which also says dnd-kit now listens for arrows.
  await expect(announcement).toContainText('Globex — Designer is in Applied');
  // dnd-kit measures the columns in the frames after a pick-up; a key pressed before that (faster
  // than any person) finds nothing to move to. Let two frames pass, as they would for a user.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('ArrowRight');
  await expect(announcement).toContainText(/Globex — Designer is (in|at the end of) Interviewing/);
  await page.keyboard.press('Space');
  await expect(announcement).toContainText(/Dropped Globex — Designer/);
  await expect(page.getByRole('list', { name: 'Interviewing applications' }).getByText('Globex')).toBeVisible();
  await expect.poll(async () => (await storedBoard(app))['Interviewing']).toEqual(['Globex']);

  // Keyboard within a column: Initech stays, Umbrella goes above Initech in Wishlist via the menu, then "Move up".
  await page.getByRole('button', { name: 'Move Umbrella — PM to…' }).click();
  await page.getByRole('menuitem', { name: 'Wishlist' }).click();
  await expect.poll(async () => (await storedBoard(app))['Wishlist']).toEqual(['Initech', 'Umbrella']);
  await page.getByRole('button', { name: 'Move Umbrella — PM to…' }).click();
  await page.getByRole('menuitem', { name: 'Move up' }).click();
  await expect.poll(async () => (await storedBoard(app))['Wishlist']).toEqual(['Umbrella', 'Initech']);

  // Menu to Closed, then Ctrl+Z puts it back.
  await page.getByRole('button', { name: 'Move Umbrella — PM to…' }).click();
  await page.getByRole('menuitem', { name: 'Closed' }).click();
  await expect(page.getByRole('list', { name: 'Closed applications' }).getByText('Umbrella')).toBeVisible();
  await expect.poll(async () => (await storedBoard(app))['Closed']).toEqual(['Umbrella']);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Wishlist applications' }).getByText('Umbrella')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Undone/ })).toBeVisible();

  const expected = { Wishlist: ['Umbrella', 'Initech'], Applied: [], Interviewing: ['Globex'], Offer: ['Acme'], Closed: [] };
  await expect.poll(() => storedBoard(app)).toEqual(expected);
  const shown = async () => Object.fromEntries(await Promise.all(Object.keys(expected).map(async (name) => [name, await shownCompanies(page, name)])));
  await page.reload();
  await expect(page.getByRole('list', { name: 'Offer applications' }).getByText('Acme')).toBeVisible();
  expect(await shown()).toEqual(expected);

  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.url);
  await expect(page.getByRole('list', { name: 'Offer applications' }).getByText('Acme')).toBeVisible();
  expect(await shown()).toEqual(expected);
  expect(await storedBoard(app)).toEqual(expected);
  await app.stop();
});

test('stages: add, rename, recolour, reorder and delete with a destination for the cards', async ({ page }) => {
  const app = await startApp(freshDataDir());
  await seed(app, [{ company: 'Hooli', role: 'SRE', stageId: 'interviewing' }]);
  await page.goto(app.url);

  await page.getByRole('textbox', { name: 'New stage name' }).fill('Phone screen');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(column(page, 'Phone screen')).toBeVisible();

  await page.getByRole('button', { name: 'Stage options for Phone screen' }).click();
  await page.getByRole('menuitem', { name: 'Move column left' }).click();
  await expect.poll(async () => Object.keys(await storedBoard(app))).toEqual(['Wishlist', 'Applied', 'Interviewing', 'Offer', 'Phone screen', 'Closed']);

  await page.getByRole('button', { name: 'Stage options for Applied' }).click();
  await page.getByRole('menuitem', { name: 'Rename or recolour…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit stage Applied' });
  await edit.getByRole('textbox', { name: 'Name' }).fill('Sent');
  await edit.getByRole('radio', { name: 'Teal' }).check();
  await edit.getByRole('button', { name: 'Save stage' }).click();
  await expect(column(page, 'Sent')).toBeVisible();
  const ws = await contractCall<{ stages: { name: string; color: string }[] }>(app, 'workspace.get', {});
  expect(ws.stages.find((s) => s.name === 'Sent')?.color).toBe('#0d9488');

  await page.getByRole('button', { name: 'Stage options for Interviewing' }).click();
  await page.getByRole('menuitem', { name: 'Delete stage…' }).click();
  const del = page.getByRole('dialog', { name: 'Delete stage Interviewing?' });
  await expect(del).toContainText('Its 1 application moves');
  await del.getByRole('combobox', { name: 'Move its applications to' }).selectOption({ label: 'Phone screen' });
  await del.getByRole('button', { name: 'Delete stage' }).click();
  await expect(column(page, 'Interviewing')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Phone screen applications' }).getByText('Hooli')).toBeVisible();
  await page.goto('about:blank');
  await app.stop();
});

test('filters: search, tag, archived with restore; quick add with N', async ({ page }) => {
  const app = await startApp(freshDataDir());
  await page.goto(app.url);
  await expect(page.getByText('No applications yet — add the first with')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New application' });
  await dialog.getByLabel('Company').fill('Stark <b>Industries</b>');
  await dialog.getByLabel('Role').fill('Engineer');
  await dialog.getByLabel('Job link').fill('https://jobs.example/stark');
  await dialog.getByLabel('Why I’m a good fit').fill('I build suits');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(page.getByText('Stark <b>Industries</b>', { exact: true })).toBeVisible();
  const created = (await contractCall<{ applications: { jobUrl: string; fitLine: string }[] }>(app, 'workspace.get', {})).applications[0];
  expect(created).toMatchObject({ jobUrl: 'https://jobs.example/stark', fitLine: 'I build suits' });

  const ids = await seed(app, [
    { company: 'Wayne', role: 'Analyst', stageId: 'applied', tags: ['remote'] },
    { company: 'Oscorp', role: 'Chemist', stageId: 'wishlist', notes: 'met at the biotech fair' },
    { company: 'Cyberdyne', role: 'Engineer', stageId: 'offer', tags: ['remote'] },
  ]);
  await contractCall(app, 'applications.setArchived', { id: ids.get('Cyberdyne'), archived: true });
  await expect(page.getByText('Wayne')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search applications' });
  await search.fill('biotech');
  await expect(page.getByText('Oscorp')).toBeVisible();
  await expect(page.getByText('Wayne')).toHaveCount(0);
  await search.fill('');
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('remote');
  await expect(page.getByText('Wayne')).toBeVisible();
  await expect(page.getByText('Oscorp')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();

  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  const archived = page.getByRole('list', { name: 'Archived applications' });
  await expect(archived.getByText('Cyberdyne')).toBeVisible();
  await archived.getByRole('button', { name: 'Restore Cyberdyne — Engineer' }).click();
  await expect(page.getByRole('list', { name: 'Offer applications' }).getByText('Cyberdyne')).toBeVisible();
  await expect(archived.getByText('Cyberdyne')).toHaveCount(0);
  await app.stop();
});

test('the board looks right in light and dark, and axe finds nothing serious', async ({ page }) => {
  const app = await startApp(freshDataDir());
  const ids = await seed(app, [
    { company: 'Northwind Traders', role: 'Staff Engineer', stageId: 'applied', tags: ['remote', 'fintech'] },
    { company: 'Contoso', role: 'Frontend Developer', stageId: 'applied' },
    { company: 'Fabrikam', role: 'Platform Engineer', stageId: 'interviewing', tags: ['hybrid'] },
    { company: 'Tailspin Toys', role: 'Product Designer', stageId: 'wishlist' },
    { company: 'A company with a really long name that wraps', role: 'Principal Site Reliability Engineer', stageId: 'interviewing' },
    { company: 'Litware', role: 'Engineering Manager', stageId: 'offer' },
  ]);
  const day = 86_400_000;
  const followUp = (company: string, title: string, inMs: number) => contractCall(app, 'followUps.create', { applicationId: ids.get(company), title, dueAt: new Date(Date.now() + inMs).toISOString(), timeZone: 'UTC' });
  await followUp('Northwind Traders', 'Check in with Dana', -2 * day);
  await followUp('Fabrikam', 'Send thank-you note', 2 * 3_600_000);
  await followUp('Contoso', 'Check in', 4 * day);
  await page.goto(app.url);
  await expect(page.getByText('Overdue since')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/board-light.png' });
  await page.getByRole('button', { name: 'Move Contoso — Frontend Developer to…' }).click();
  await page.screenshot({ path: 'test-results/screenshots/board-menu-light.png' });
  await page.keyboard.press('Escape');

  const axe = await new AxeBuilder({ page }).include('.board-view').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await page.screenshot({ path: 'test-results/screenshots/board-dark.png' });
  const axeDark = await new AxeBuilder({ page }).include('.board-view').analyze();
  expect(axeDark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await app.stop();
});
