import { expect, test, type Locator, type Page } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi } from './support/data-api';
import { stopApp } from './support/workspace-api';
import { CORPUS, fit, HOSTILE_JOB_URL, hostile, hostileCsv, RENAMED_STAGE, seedCorpus, type SeededCorpus } from './support/xss-corpus';
import { guardPage, type PageGuard } from './support/xss-guard';

/**
 * Electron security checklist: user text is never HTML. A corpus of hostile strings is put in
 * every field a user can fill (through the contract, as the renderer would), then every screen is
 * visited as a user would. Each screen must show the strings literally, run no script, open no
 * dialog or window, navigate nowhere, load nothing from elsewhere, call no contract method that
 * changes data, violate no CSP directive and contain no active markup.
 */

test.describe.configure({ mode: 'serial' });

let app: RunningApp;
let seeded: SeededCorpus;

test.beforeAll(async () => {
  app = await startApp(freshDataDir());
  seeded = await seedCorpus(app);
});

test.afterAll(async () => {
  await stopApp(app);
});

/** Opens the app as the printed link does and waits for the board. */
async function openApp(page: Page): Promise<PageGuard> {
  const guard = await guardPage(page, app);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await expect(page.locator('.card').first()).toBeVisible();
  return guard;
}

async function goTo(page: Page, view: 'Today' | 'Board' | 'History' | 'Insights' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
}

const entry = (key: string) => {
  const seededEntry = seeded.byKey[key];
  if (!seededEntry) throw new Error(`nothing seeded for ${key}`);
  return seededEntry;
};

/** A literal string as a RegExp source. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The card's "Open …" button, by its accessible name (company — role). */
const openButton = (page: Page, company: string, role: string): Locator => page.getByRole('button', { name: `Open ${company} — ${role}`, exact: true });

test('the contract stores every hostile string verbatim (no escaping that would show as &lt;)', async () => {
  for (const { key, text } of CORPUS) {
    const { application, interviews, followUps } = await callApi(app, 'applications.get', { id: entry(key).application.id });
    expect(application.company, key).toBe(fit(text, 200));
    expect(application.notes, key).toBe(text);
    expect(application.contacts[0]?.notes, key).toBe(fit(text, 2000));
    expect(interviews[0]?.memorableDetail, key).toBe(text);
    expect(followUps.find((f) => f.origin === 'user')?.title, key).toBe(fit(text, 300));
    expect(entry(key).stage.name, key).toBe(fit(text, 60));
  }
  expect(seeded.renamedStage.name).toBe(RENAMED_STAGE);
  const { applications } = await callApi(app, 'workspace.get', {});
  for (const { key, text } of CORPUS) {
    const imported = applications.find((a) => a.role === `Imported ${key}`);
    expect(imported?.company, `CSV ${key}`).toBe(fit(text, 200));
    expect(imported?.notes, `CSV ${key}`).toBe(text);
  }
});

test('Board: cards, tags and column names show the corpus as text', async ({ page }) => {
  const guard = await openApp(page);
  for (const { key, text } of CORPUS) {
    const company = fit(text, 200);
    const button = openButton(page, company, company);
    await expect(button, key).toBeVisible();
    await expect(button.locator('.card-company'), key).toHaveText(company);
    await expect(openButton(page, company, `Imported ${key}`), `CSV ${key}`).toBeVisible();
  }
  for (const key of ['script', 'img-onerror', 'svg-onload', 'iframe-js', 'angular-template', 'template-literal', 'csv-formula', 'emoji', 'rtl-override']) {
    await expect(page.getByRole('article').getByText(hostile(key).text, { exact: false }).first(), key).toBeVisible();
    // Column header and tag chip.
    await expect(page.getByRole('heading', { name: fit(hostile(key).text, 60) }).first(), `column ${key}`).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Tags' })
        .getByText(fit(hostile(key).text, 40), { exact: true })
        .first(),
      `tag ${key}`,
    ).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: RENAMED_STAGE })).toBeVisible();
  await guard.assertClean('Board');
});

test('application view: every field of every hostile application renders literally', async ({ page }) => {
  const guard = await openApp(page);
  for (const { key, text } of CORPUS) {
    const company = fit(text, 200);
    await openButton(page, company, company).click();
    const drawer = page.locator('dialog.drawer');
    await expect(drawer, key).toBeVisible();
    await expect(drawer.getByRole('heading', { level: 2 }).first(), key).toHaveText(company);
    const details = drawer.getByRole('form', { name: 'Application details' });
    await expect(details.getByLabel('Company', { exact: true }), key).toHaveValue(company);
    await expect(details.getByLabel('Location', { exact: true }), key).toHaveValue(fit(text, 200));
    await expect(details.getByLabel('Source', { exact: true }), key).toHaveValue(fit(text, 200));
    await expect(details.getByLabel('Notes', { exact: true }), key).toHaveValue(text);
    await expect(details.getByLabel('Why I’m a good fit'), key).toHaveValue(fit(text, 500));
    await expect(details.getByLabel('Job link'), key).toHaveValue(HOSTILE_JOB_URL);
    await expect(details.getByRole('link', { name: 'Open the job posting' }), key).toHaveAttribute('href', HOSTILE_JOB_URL);
    await expect(drawer.getByRole('article', { name: fit(text, 200), exact: true }).getByRole('heading', { level: 4 }), `interview ${key}`).toHaveText(fit(text, 200));
    // Contact, interview and follow-up text appears as text.
    const contact = drawer.locator('.contact').first();
    await expect(contact.locator('strong'), key).toHaveText(fit(text, 120));
    await expect(contact.locator('.contact-notes'), key).toHaveText(fit(text, 2000));
    if (key !== 'long-bold') {
      await expect(drawer.getByText(text, { exact: false }).first(), key).toBeVisible();
    }
    await expect(drawer.getByRole('listitem', { name: fit(text, 300), exact: true }).first(), `follow-up ${key}`).toBeVisible();
    await guard.assertClean(`application view (${key})`);
    await page.keyboard.press('Escape');
    await expect(drawer, key).toBeHidden();
  }
  // An imported row too.
  const csvRow = hostile('img-onerror');
  await openButton(page, csvRow.text, 'Imported img-onerror').click();
  const drawer = page.locator('dialog.drawer');
  await expect(drawer.getByRole('form', { name: 'Application details' }).getByLabel('Notes', { exact: true })).toHaveValue(csvRow.text);
  await guard.assertClean('application view (CSV row)');
});

test('Today and the composer: reminders and drafts built from hostile fields stay text', async ({ page }) => {
  const guard = await openApp(page);
  await goTo(page, 'Today');
  // Today draws the first items of each group; the whole corpus is asked for.
  const showAll = page.getByRole('button', { name: /^Show all/ });
  while ((await showAll.count()) > 0) await showAll.first().click();
  for (const { key, text } of CORPUS) {
    const company = fit(text, 200);
    await expect(page.getByRole('listitem', { name: `${fit(text, 300)} — ${company}`, exact: true }).first(), key).toBeVisible();
  }
  await expect(page.getByText(hostile('script').text, { exact: false }).first()).toBeVisible();
  await guard.assertClean('Today');

  for (const key of ['script', 'img-onerror', 'iframe-js', 'anchor-js', 'csv-formula', 'rtl-override']) {
    const { text } = hostile(key);
    // The user's own reminder…
    const item = page.getByRole('listitem', { name: `${fit(text, 300)} — ${fit(text, 200)}`, exact: true }).first();
    await item.getByRole('button', { name: 'Draft', exact: true }).click();
    let composer = page.getByRole('dialog', { name: /^Draft:/ });
    await expect(composer, key).toBeVisible();
    await expect(composer.getByRole('heading', { level: 2 }), key).toHaveText(`Draft: ${fit(text, 300)}`);
    await expect(composer.getByLabel('Message'), key).toHaveValue(/\S/);
    await guard.assertClean(`composer, own reminder (${key})`);
    await composer.getByRole('button', { name: 'Close composer' }).click();
    await expect(composer, key).toBeHidden();

    // …and the thank-you note Hearback drafts from the interview: it quotes the hostile fields.
    const thanks = page.getByRole('listitem', { name: new RegExp(`^Send a thank-you note to .* — ${escapeRegExp(fit(text, 200))}$`) }).first();
    await thanks.getByRole('button', { name: 'Draft', exact: true }).click();
    composer = page.getByRole('dialog', { name: /^Draft:/ });
    const body = composer.getByLabel('Message');
    await expect(body, key).toHaveValue(new RegExp(escapeRegExp(text)));
    await expect(composer.getByText(`contact${CORPUS.findIndex((c) => c.key === key)}@example.com`), key).toBeVisible();
    const mailto = await composer.getByRole('link', { name: 'Open in mail client' }).getAttribute('href');
    expect(mailto, key).toMatch(/^mailto:contact\d+@example\.com\?subject=/);
    expect(decodeURIComponent(mailto ?? ''), key).toContain(text);
    await composer.getByRole('button', { name: 'Phone script' }).click();
    await expect(composer.getByRole('document', { name: 'Phone script' }), key).toContainText(fit(text, 200));
    await guard.assertClean(`composer, thank-you (${key})`);
    await composer.getByRole('button', { name: 'Close composer' }).click();
    await expect(composer, key).toBeHidden();
  }
  await guard.assertClean('Today after the composer');
});

test('History, its CSV import preview, Insights and Settings render the corpus as text', async ({ page }) => {
  const guard = await openApp(page);

  await goTo(page, 'History');
  for (const key of ['script', 'img-onerror', 'svg-onload', 'iframe-js', 'anchor-js', 'csv-formula', 'emoji']) {
    const { text } = hostile(key);
    const event = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${text} — Imported ${key}`, exact: true }) });
    await expect(event.getByText(`Imported Imported ${key} at ${text}`, { exact: true }), key).toBeVisible();
  }
  await expect(page.getByText(`Renamed stage Wishlist to ${RENAMED_STAGE}`, { exact: true })).toBeVisible();
  await guard.assertClean('History');

  // The import preview shows a hostile file's headers and cells before anything is written.
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
  // Seeding imported this very file, so every row is recognised and skipped by default.
  await expect(dialog.getByText(`0 of ${CORPUS.length} rows will be imported.`)).toBeVisible();
  await expect(dialog.getByLabel(`Skip ${CORPUS.length} rows already on your board`)).toBeChecked();
  // (The preview table shows the first eight rows.)
  for (const key of ['script', 'img-onerror', 'svg-onload', 'iframe-js', 'javascript-url', 'template-literal', 'anchor-js']) {
    await expect(dialog.getByRole('cell', { name: hostile(key).text, exact: true }).first(), `preview ${key}`).toBeVisible();
  }
  await guard.assertClean('CSV import preview');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await goTo(page, 'Insights');
  await expect(page.getByRole('region', { name: 'Applications', exact: true })).toBeVisible();
  for (const key of ['script', 'img-onerror', 'svg-onload', 'iframe-js']) {
    // The funnel's stage names: in the chart's (aria-hidden) SVG text and its table.
    await expect(page.getByRole('rowheader', { name: fit(hostile(key).text, 60), exact: true }).first(), `funnel ${key}`).toBeAttached();
  }
  await expect(page.getByRole('rowheader', { name: RENAMED_STAGE, exact: true })).toBeAttached();
  // The funnel's bars draw the same names as text (not markup).
  await expect(
    page
      .locator('.chart-canvas .bar-label')
      .filter({ hasText: hostile('script').text })
      .first(),
  ).toBeAttached();
  await guard.assertClean('Insights');

  await goTo(page, 'Settings');
  await guard.assertClean('Settings');
});

test('hostile ids in the address (a crafted notification or link) are not rendered as markup', async ({ page }) => {
  const guard = await openApp(page);
  for (const { key, text } of CORPUS.slice(0, 8)) {
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/today/app/${encodeURIComponent(text)}/follow-up/${encodeURIComponent(text)}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Today' }), key).toBeVisible();
    // The panel has asked the core for that id and shown the answer: everything that could render it has run.
    await expect(page.getByRole('alert').filter({ hasText: 'This application no longer exists' }), key).toBeVisible();
    await guard.assertClean(`hostile route (${key})`);
    await page.keyboard.press('Escape');
    // Closed, and the address back on Today, before the next address is set: otherwise closing
    // can land after it and undo it.
    await expect(page.getByRole('alert').filter({ hasText: 'This application no longer exists' }), key).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.location.hash), { message: key }).toBe('#/today');
  }
});

test('the guard itself notices an injection (so a pass above means something)', async ({ browser }) => {
  const cases: { name: string; inject: string; expected: RegExp }[] = [
    // The CSP stops the handler, but the element, its request to /x and the violation are caught.
    { name: 'img onerror', inject: `document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=1">')`, expected: /requests off the app's origin|active markup|Content-Security-Policy/ },
    { name: 'svg onload', inject: `document.body.insertAdjacentHTML('beforeend', '<svg onload="window.__xss=1"></svg>')`, expected: /Content-Security-Policy|active markup/ },
    { name: 'script ran', inject: 'window.__xss = 1', expected: /window\.__xss/ },
    { name: 'javascript: link', inject: `document.body.insertAdjacentHTML('beforeend', '<a href="javascript:void 0">x</a>')`, expected: /active markup/ },
  ];
  for (const { name, inject, expected } of cases) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const guard = await openApp(page);
      await guard.assertClean(`self-check baseline (${name})`);
      await page.evaluate(inject);
      // CSP violations and DOM records arrive asynchronously: retry until the guard has seen them.
      await expect(async () => {
        await expect(guard.assertClean(`self-check (${name})`), name).rejects.toThrow(expected);
      }).toPass({ timeout: 5_000 });
    } finally {
      await context.close();
    }
  }
});
