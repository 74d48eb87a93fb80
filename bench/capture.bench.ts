/**
 * Capture benchmark.
 * - capture.preview_ms: median ms of `capture.preview` for a 1 MB posting page (JSON-LD plus
 *   1 MB of markup) served on 127.0.0.1: what the renderer waits for between "Read posting" and
 *   the preview — the fetch, the scan, the field mapping, HTML to text and the duplicate check
 *   against 500 applications. 25 runs after 3 warm-ups.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, systemClock } from '../electron/core';
import { anyHost } from '../electron/core/capture/address-rule';
import { startPostingServer } from '../test/support/capture/posting-server';

const RUNS = 25;
const WARMUPS = 3;
const APPLICATIONS = 500;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function run(): Promise<Record<string, number>> {
  const server = await startPostingServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'hearback-bench-capture-'));
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const core = await openCore({ dataDir, mode: 'browser', version: 'bench', clock: systemClock, log: quiet, notifier: { show: () => {} }, capture: { allowHost: anyHost } });
  try {
    for (let i = 0; i < APPLICATIONS; i++) await core.dispatch('applications.create', { company: `Company ${i}`, role: 'Engineer', jobUrl: `https://jobs.example/${i}` });
    const times: number[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const started = performance.now();
      const envelope = await core.dispatch('capture.preview', { url: `${server.base}/jobs/big` });
      const elapsed = performance.now() - started;
      if (!envelope.ok || (envelope.value as { problem: string | null }).problem !== null) throw new Error(`capture.preview failed: ${JSON.stringify(envelope).slice(0, 300)}`);
      if (i >= WARMUPS) times.push(elapsed);
    }
    return { 'capture.preview_ms': Math.round(median(times) * 10) / 10 };
  } finally {
    await core.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
