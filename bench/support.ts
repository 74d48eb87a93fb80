/** What several benchmarks share: the median, a plausible application record to seed with, the built renderer and a browser to load it in. */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { systemChromium } from '../scripts/test-browser.mjs';
import type { Application } from '../shared/domain';

let rendererBuilt = false;

/**
 * Builds the renderer the browser benches serve, once per run: a renderer left in out/ by an
 * earlier build may be older than the code being measured.
 */
export function buildRendererOnce(): void {
  if (rendererBuilt) return;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'renderer/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  rendererBuilt = true;
}

/**
 * Chromium for the browser benches, with the renderer built first: the system's Chromium where one
 * is installed (Playwright's own download elsewhere), with the launch flags that work on machines
 * without a GPU or outside network.
 */
export async function launchBenchBrowser(): Promise<Browser> {
  buildRendererOnce();
  const executablePath = systemChromium();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Application number `i`, as a user's might look, in `stageId`. */
export function benchApplication(i: number, stageId: string, at: string, over: Partial<Application> = {}): Application {
  return {
    id: `app${i}`,
    company: `Company ${i}`,
    role: 'Software Engineer',
    jobUrl: 'https://example.com/jobs/123',
    location: 'Berlin',
    salary: null,
    source: 'bench',
    notes: 'Met the team at a meetup; strong platform culture.',
    tags: ['backend'],
    fitLine: 'Built the same kind of system at my last job.',
    contacts: [],
    stageId,
    position: i,
    stageReachedAt: { [stageId]: at },
    archived: false,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
