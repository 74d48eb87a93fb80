import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import type { Application } from '../../shared/domain';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, newPage } from './support/data-api';

/**
 * The data folder's safety, each case as it once went wrong, on browser mode with its own data
 * folder (a child process running the real core): the lock held through an import, the lock's
 * own rules, the import marker naming only the import's folders, leftovers cleaned at start.
 */

const LOCK = 'hearback.lock';
const started: RunningApp[] = [];
async function start(dataDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<RunningApp> {
  const app = await startApp(dataDir, env, args);
  started.push(app);
  return app;
}
/** Starts browser mode expecting a refusal; returns what it printed. */
async function refusedStart(dataDir: string, args: string[] = []): Promise<string> {
  return startApp(dataDir, {}, args).then(
    async (app) => {
      await app.stop();
      throw new Error('a second Hearback opened the folder');
    },
    (error: unknown) => String(error),
  );
}
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((app) => app.stop()));
});

const lockOwner = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK), 'utf8')) as { pid: number; host: string; start: string | null };
const modeOf = (path: string) => statSync(path).mode & 0o777;
const walk = (path: string): string[] => (statSync(path).isDirectory() ? [path, ...readdirSync(path).flatMap((n) => walk(join(path, n)))] : [path]);

/**
 * Browser mode bundled into one file, so a second instance reaches the lock in a fraction of a
 * second (under tsx it takes seconds) — soon enough to arrive in the middle of an import.
 */
async function bundledCli(): Promise<string> {
  const outfile = join(process.cwd(), '.test-output', 'e2e', 'browser-mode-cli.mjs');
  await build({ entryPoints: ['electron/browser-mode/cli.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  return outfile;
}

/**
 * Runs a second browser mode on `dataDir`: 'opened' if it got the folder (then stops it), else what
 * it printed — with whether `importing()` still held when it was done (its answer came first).
 */
function secondInstance(cli: string, dataDir: string, importing: () => boolean): Promise<{ outcome: string; whileImporting: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Open: ')) {
        child.kill('SIGTERM');
        resolve({ outcome: 'opened', whileImporting: importing() });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', () => resolve({ outcome: output, whileImporting: importing() })); // after its output is all read
  });
}

test.describe('the lock is held through a backup import', () => {
  test('a second Hearback started during a 15,000-application import is refused; the import is acknowledged, later writes work, nothing is missing after a restart', async () => {
    test.setTimeout(240_000);
    const dir = freshDataDir();
    let app = await start(dir);
    await callApi(app, 'applications.create', { company: 'Template', role: 'Engineer' });
    const exported = await callApi(app, 'export.run', { format: 'json' });
    if (exported.kind !== 'download') throw new Error('browser mode exports as a download');
    const backup = (await (await fetch(`${app.origin}${exported.url}`)).json()) as { applications: Application[]; history: Record<string, unknown>[] };
    const template = backup.applications[0]!;
    const event = backup.history[0]!;
    const N = 15_000;
    backup.applications = Array.from({ length: N }, (_, i) => ({ ...template, id: `imported-${i}`, company: `Imported ${i}`, position: i + 1 }));
    backup.history = backup.applications.map((a, i) => ({ ...event, seq: i + 1, actionId: `import-${i}`, entityId: a.id, applicationId: a.id, before: null, after: a }));

    const cli = await bundledCli();
    let importDone = false;
    const importing = callApi(app, 'import.backup', { json: JSON.stringify(backup) }).finally(() => (importDone = true));
    // Second instances keep arriving while the import runs (and once more after it). Without the
    // lock held through the swap, one got in mid-import and the import then failed "in use by
    // another Hearback".
    const attempts: Promise<{ outcome: string; whileImporting: boolean }>[] = [];
    do {
      attempts.push(secondInstance(cli, dir, () => !importDone));
      await new Promise((r) => setTimeout(r, 150));
    } while (!importDone);
    const summary = await importing;
    expect(summary.applications).toBe(N);
    const outcomes = await Promise.all(attempts);
    for (const { outcome } of outcomes) expect(outcome).toContain(`in use by another Hearback (process ${app.pid}; lock ${join(dir, LOCK)})`);
    // The race happened: at least one second instance met the lock before the import answered.
    const refusedMidImport = outcomes.filter((o) => o.whileImporting).length;
    console.log(`store safety: ${refusedMidImport} of ${outcomes.length} second instances refused while the import was running`);
    expect(refusedMidImport, 'no second instance reached the lock while the import was running: the race was not tried').toBeGreaterThan(0);

    // No "The store is closed" afterwards.
    await callApi(app, 'applications.create', { company: 'After the import', role: 'Engineer' });
    await app.stop();
    app = await start(dir);
    const companies = new Set((await callApi(app, 'workspace.get', {})).applications.map((a) => a.company));
    expect(companies.size).toBe(N + 1);
    expect(companies.has('After the import')).toBe(true);
    expect(companies.has('Imported 0') && companies.has(`Imported ${N - 1}`)).toBe(true);
  });
});

test.describe('the lock', () => {
  test('a second Hearback on a folder in use is refused, and the message names hearback.lock by its full path', async () => {
    const dir = freshDataDir();
    const app = await start(dir);
    const output = await refusedStart(dir);
    expect(output).toContain(join(dir, LOCK));
    expect(lockOwner(dir).pid).toBe(app.pid);
  });

  test('a lock naming a live process that is not that Hearback (a pid reused after a reboot) is taken over', async () => {
    const dir = freshDataDir();
    // This test runner is alive, but it is not the process that wrote this lock.
    writeFileSync(join(dir, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), start: 'an-earlier-boot:4242', startedAt: '2026-01-01T00:00:00.000Z' }));
    const app = await start(dir);
    expect(lockOwner(dir)).toMatchObject({ pid: app.pid, host: hostname() });
  });

  test('an empty lock file left by a crash is taken over', async () => {
    const dir = freshDataDir();
    writeFileSync(join(dir, LOCK), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK), old, old);
    const app = await start(dir);
    expect(lockOwner(dir).pid).toBe(app.pid);
  });

  test('a lock from another computer (a synced folder) is not refused forever: the message says how, --take-over-lock does it', async () => {
    const dir = freshDataDir();
    writeFileSync(join(dir, LOCK), JSON.stringify({ pid: 4242, host: 'desktop-at-home', start: 'x', startedAt: '2026-01-01T00:00:00.000Z' }));
    const output = await refusedStart(dir);
    expect(output).toContain(join(dir, LOCK));
    expect(output).toContain('desktop-at-home');
    expect(output).toContain('--take-over-lock');
    const app = await start(dir, {}, ['--take-over-lock']);
    expect(lockOwner(dir)).toMatchObject({ pid: app.pid, host: hostname() });
    await callApi(app, 'applications.create', { company: 'Written after taking over', role: 'Engineer' });
  });
});

test.describe('the import marker only names the import’s own folders', () => {
  test('a hand-written import-pending.json naming another folder deletes nothing, and the user is told', async ({ browser }) => {
    const dir = freshDataDir();
    const precious = mkdtempSync(join(tmpdir(), 'hearback-e2e-precious-'));
    writeFileSync(join(precious, 'thesis.txt'), 'years of work');
    writeFileSync(join(dir, 'import-pending.json'), JSON.stringify({ staging: precious, previous: join(dir, 'backups', 'before-import-x') }));
    const app = await start(dir);
    expect(readdirSync(precious)).toEqual(['thesis.txt']);
    expect(readdirSync(dir).some((name) => name.startsWith('import-pending.ignored-'))).toBe(true);
    const page = await newPage(browser);
    await page.goto(app.url);
    await expect(page.getByRole('alert').filter({ hasText: 'unfinished-import marker was ignored' })).toContainText('No files were moved or deleted');
    await page.context().close();
  });
});

test.describe('leftovers of earlier runs', () => {
  test('a killed browser mode leaves no export in the temp folder; the next start removes its exports and import staging folders, and older versions’ abandoned temp folders', async () => {
    const dir = freshDataDir();
    const tmp = mkdtempSync(join(tmpdir(), 'hearback-e2e-tmp-'));
    const env = { TMPDIR: tmp };
    const abandoned = join(tmp, 'hearback-exports-OLDRUN');
    mkdirSync(abandoned);
    const old = new Date(Date.now() - 60 * 60_000);
    utimesSync(abandoned, old, old);
    let app = await start(dir, env);
    expect(existsSync(abandoned)).toBe(false);
    await callApi(app, 'applications.create', { company: 'Globex', role: 'Analyst' });
    await callApi(app, 'export.run', { format: 'json' });
    mkdirSync(join(dir, '.import-staging-2026-01-01T00-00-00-000Z', 'history'), { recursive: true });
    await app.kill();
    expect(readdirSync(tmp).filter((n) => n.startsWith('hearback-'))).toEqual([]);
    expect(readdirSync(join(dir, '.browser-exports'))).toHaveLength(1);
    app = await start(dir, env);
    expect(readdirSync(dir).filter((n) => n === '.browser-exports' || n.startsWith('.import-staging-'))).toEqual([]);
  });

  test('a live instance’s pending download is not removed by another instance starting', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'hearback-e2e-tmp-'));
    const first = await start(freshDataDir(), { TMPDIR: tmp });
    await callApi(first, 'applications.create', { company: 'Initech', role: 'Developer' });
    const exported = await callApi(first, 'export.run', { format: 'csv-applications' });
    if (exported.kind !== 'download') throw new Error('browser mode exports as a download');
    await start(freshDataDir(), { TMPDIR: tmp });
    const response = await fetch(`${first.origin}${exported.url}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Initech');
  });
});

test.describe('two cards never share a position', () => {
  test('archive A, move B to the top, restore A: each card has its own place, B then A', async () => {
    const app = await start(freshDataDir());
    const a = await callApi(app, 'applications.create', { company: 'A', role: 'Engineer', stageId: 'wishlist' });
    const b = await callApi(app, 'applications.create', { company: 'B', role: 'Engineer', stageId: 'wishlist' });
    await callApi(app, 'applications.setArchived', { id: a.id, archived: true });
    await callApi(app, 'applications.move', { id: b.id, toStageId: 'wishlist', toIndex: 0 });
    await callApi(app, 'applications.setArchived', { id: a.id, archived: false });
    const cards = (await callApi(app, 'workspace.get', {})).applications.filter((c) => c.stageId === 'wishlist').sort((x, y) => x.position - y.position);
    expect(new Set(cards.map((c) => c.position)).size).toBe(2);
    expect(cards.map((c) => c.company)).toEqual(['B', 'A']);
    // Undoing the restore and redoing it keeps them apart too.
    await callApi(app, 'history.undo', {});
    await callApi(app, 'history.redo', {});
    const again = (await callApi(app, 'workspace.get', {})).applications.filter((c) => c.stageId === 'wishlist');
    expect(new Set(again.map((c) => c.position)).size).toBe(again.length);
  });
});

test.describe('private by default', () => {
  test.skip(process.platform === 'win32', 'POSIX modes only; Windows uses ACLs');

  test('a new data folder is 0700 and its files 0600', async () => {
    const dir = join(freshDataDir(), 'Hearback');
    const app = await start(dir);
    await callApi(app, 'applications.create', { company: 'Umbrella', role: 'Researcher' });
    await app.stop();
    for (const path of walk(dir)) expect([path, modeOf(path)]).toEqual([path, statSync(path).isDirectory() ? 0o700 : 0o600]);
  });

  test('an existing install readable by other users (0755 / 0644) is tightened at start', async () => {
    const dir = freshDataDir();
    const first = await start(dir);
    await callApi(first, 'applications.create', { company: 'Hooli', role: 'Engineer' });
    await first.stop();
    for (const path of walk(dir)) chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
    await start(dir);
    for (const path of walk(dir)) expect([path, modeOf(path)]).toEqual([path, statSync(path).isDirectory() ? 0o700 : 0o600]);
  });
});
