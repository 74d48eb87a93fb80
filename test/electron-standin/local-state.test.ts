/**
 * This computer's own state in the BUILT desktop app (electron-store, made durable): files written
 * before electron-store are read as they are and get its migration note, a damaged one is kept
 * aside with a notice, and window state is saved through it on close. Run under the Electron
 * stand-in (test/support/electron-standin/README.md), with a temporary user-data folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launchStandin, until, type RunningApp } from '../support/electron-standin/launch';

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
type Notice = { code: string; message: string };

const running: RunningApp[] = [];
const scratchDirs: string[] = [];

beforeAll(() => {
  ensureBuilt();
}, 120_000);

afterEach(async () => {
  for (const app of running.splice(0)) {
    app.kill();
    await app.exited;
  }
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('this computer’s state under electron-store', { timeout: 90_000 }, () => {
  it('reads files from before as they are, keeps a damaged one aside with a notice, saves window state on close', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'hearback-standin-'));
    scratchDirs.push(scratch);
    const userData = join(scratch, 'user-data');
    const dataDir = join(userData, 'data');
    mkdirSync(dataDir, { recursive: true });
    // As the app wrote them before electron-store: plain JSON, no bookkeeping.
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ width: 1000, height: 700, maximized: false }));
    const mail = { version: 1, accounts: [], cursors: { 'a1\nINBOX': { uidValidity: '7', uidNext: 43, highestModseq: null } }, matches: [], threads: {}, sentSeen: [], sentFromHearback: [] };
    writeFileSync(join(dataDir, 'mail.json'), JSON.stringify(mail));
    const damaged = '{"version":1,"sources":[{"id":"c1","na';
    writeFileSync(join(dataDir, 'calendar.json'), damaged);

    const app = launchStandin({ scratch, userData, pageStartup: "hearback.invoke('app.info', {})" });
    running.push(app);
    const snapshot = await until(async () => {
      const s = await app.snapshot();
      if (s.mainProcessErrors.length > 0) throw new Error(`The main process failed:\n${s.mainProcessErrors.join('\n')}`);
      return s.windows[0]?.startup ? s : undefined;
    }, 'the window to load');

    const startup = snapshot.windows[0]?.startup?.result as Envelope<{ notices: Notice[] }>;
    expect(startup.ok).toBe(true);
    const notices = startup.ok ? startup.value.notices : [];
    const aside = readdirSync(dataDir).filter((f) => f.startsWith('calendar.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toBe(damaged);
    expect(notices.find((n) => n.code === 'calendar-file-damaged')?.message).toContain(aside[0]!);
    expect(notices.some((n) => n.code === 'mail-file-damaged')).toBe(false);
    expect(json(join(dataDir, 'mail.json'))).toEqual({ ...mail, __internal__: { migrations: { version: '1.0.0' } } });

    await app.send({ cmd: 'closeWindow' });
    expect(json(join(userData, 'window-state.json'))).toMatchObject({ width: 1000, height: 700, maximized: false, __internal__: { migrations: { version: '1.0.0' } } });
    expect(readdirSync(userData).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect((await app.snapshot()).violations).toEqual([]);
  });
});
