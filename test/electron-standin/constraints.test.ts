/**
 * Each constraint the Electron stand-in enforces, shown failing a wrong wiring: small main scripts
 * (./wrong-wiring) that make one mistake each, launched exactly as the app is (same child process,
 * same module redirection). The rules and their documentation sentences are in
 * test/support/electron-standin/rules.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../support/electron-standin/harness-messages';
import { launchStandin, until, type RunningApp } from '../support/electron-standin/launch';
import type { RuleId } from '../support/electron-standin/rules';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'wrong-wiring');
const running: RunningApp[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const app of running.splice(0)) {
    app.kill();
    await app.exited;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function launchFixture(name: string, options: { pageStartup?: string; platform?: NodeJS.Platform } = {}): RunningApp {
  const scratch = mkdtempSync(join(tmpdir(), 'hearback-wiring-'));
  dirs.push(scratch);
  const app = launchStandin({ main: join(FIXTURES, name), userData: join(scratch, 'user-data'), scratch, ...options });
  running.push(app);
  return app;
}

/** Waits for the broken rule to be recorded. */
async function violationOf(app: RunningApp, rule: RuleId): Promise<Snapshot> {
  return until(async () => {
    const s = await app.snapshot();
    return s.violations.some((v) => v.rule === rule) ? s : undefined;
  }, `a '${rule}' violation\n${app.output()}`);
}

describe('the stand-in fails a wrong wiring the way Electron would', { timeout: 90_000 }, () => {
  it('registering the privileged scheme after ready throws', async () => {
    const s = await violationOf(launchFixture('scheme-after-ready.mjs'), 'privileged-schemes-before-ready');
    expect(s.privilegedSchemes).toEqual([]);
    expect(s.mainProcessErrors.join('\n')).toContain('can only be used before the ready event');
  });

  it('registering privileged schemes a second time throws (it "can be called only once")', async () => {
    const s = await violationOf(launchFixture('schemes-twice.mjs'), 'privileged-schemes-before-ready');
    expect(s.privilegedSchemes.map((p) => p.scheme)).toEqual(['app']);
  });

  it('reading the screen before ready throws', async () => {
    const s = await violationOf(launchFixture('screen-before-ready.mjs'), 'module-after-ready');
    expect(s.mainProcessErrors.join('\n')).toContain('screen.getAllDisplays()');
  });

  it('installing a protocol handler before ready throws', async () => {
    const s = await violationOf(launchFixture('protocol-before-ready.mjs'), 'protocol-after-ready');
    expect(s.handledSchemes).toEqual([]);
  });

  it('creating a window before ready throws while the main script runs', async () => {
    const s = await violationOf(launchFixture('window-before-ready.mjs'), 'module-after-ready');
    expect(s.mainProcessErrors.join('\n')).toMatch(/main script threw: .*BrowserWindow/);
    expect(s.windows).toEqual([]);
  });

  it('enabling the sandbox after ready throws', async () => {
    const s = await violationOf(launchFixture('sandbox-after-ready.mjs'), 'sandbox-before-ready');
    expect(s.sandboxEnabled).toBe(false);
  });

  it("registering an IPC handler after the page loaded leaves the page's first call unanswered", async () => {
    const app = launchFixture('handlers-after-load.mjs', { pageStartup: 'bridge.ping()' });
    const s = await violationOf(app, 'invoke-needs-handler');
    expect(s.windows[0]?.startup?.error).toContain("No handler registered for 'ping'");
  });

  it('a sandboxed preload that requires a Node module fails, and the page gets no bridge', async () => {
    const s = await violationOf(launchFixture('preload-requires-fs.mjs'), 'sandboxed-preload-require');
    expect(s.windows[0]?.preload).toMatchObject({ ran: false, sandboxed: true, required: ['electron', 'fs'] });
    expect(s.windows[0]?.exposed).toEqual([]);
  });

  it('a relative preload path loads no preload', async () => {
    const s = await violationOf(launchFixture('relative-preload.mjs'), 'preload-absolute-path');
    expect(s.windows[0]?.preload).toMatchObject({ ran: false, error: expect.stringContaining('Unable to load preload script') });
  });

  it('a renderer on a custom scheme not registered as standard cannot load its relative assets', async () => {
    const s = await violationOf(launchFixture('nonstandard-scheme.mjs'), 'standard-scheme-relative-urls');
    expect(s.windows[0]?.loads[0]?.assets).toEqual([{ url: './page.js', status: 0, contentType: null }]);
  });

  it('sending a function over IPC throws', async () => {
    const s = await violationOf(launchFixture('send-function.mjs'), 'ipc-structured-clone');
    expect(s.mainProcessErrors.join('\n')).toContain('webContents.send');
  });

  it('sending to a window after it closed throws "Object has been destroyed"', async () => {
    const s = await violationOf(launchFixture('send-after-close.mjs'), 'destroyed-window');
    expect(s.mainProcessErrors.join('\n')).toContain('Object has been destroyed');
  });

  it('work started at quit and not waited for is lost: the process ends after "quit"', async () => {
    const app = launchFixture('quit-without-waiting.mjs');
    const userData = (
      await until(async () => {
        const s = await app.snapshot();
        return s.isReady ? s : undefined;
      }, 'ready')
    ).userData;
    await app.send({ cmd: 'quit' });
    expect(await app.exited).toBe(0);
    expect(app.exitReport().lifecycle.filter((e) => e.includes('quit') || e.startsWith('exit:'))).toEqual(['before-quit', 'will-quit', 'quit', 'exit:0']);
    expect(existsSync(join(userData, 'saved-at-quit.txt'))).toBe(false);
  });

  it('a notification the app does not keep loses its click handler to the garbage collector', async () => {
    const app = launchFixture('dropped-notification.mjs');
    const shown = await until(async () => (await app.snapshot()).notifications.find((n) => n.shown), 'the notification');
    await app.send({ cmd: 'gc' });
    const collected = await until(async () => {
      await app.send({ cmd: 'gc' });
      return (await app.snapshot()).notifications.find((n) => n.id === shown.id && n.collected);
    }, 'the notification to be collected');
    expect(collected.collected).toBe(true);
    expect(await app.send({ cmd: 'notification', id: shown.id, action: { kind: 'click' } })).toBe(false);
  });
});
