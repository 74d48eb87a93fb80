/**
 * Export benchmarks.
 * - export.csv_200k_peak_rss_mb: peak RSS growth (MB) while streaming 200,000 history events
 *   from JSON-lines shards on disk to a CSV file.
 * - export.csv_vs_floor: that export's time ÷ (read + JSON.parse the same records + write the same
 *   number of output bytes raw). Target ≤ 3.
 * - import.json_roundtrip_10k_s: seconds to stream a backup of 10,000 applications and validate
 *   it back as an import would.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import * as zlib from 'node:zlib';
import { streamBackupJson, streamHistoryCsv } from '../electron/core/data';
import { CHECKSUM_PREFIX_LENGTH } from '../electron/core/store/journal-line';
import { DEFAULT_SETTINGS, DEFAULT_STAGES, type Application, type HistoryEvent } from '../shared/domain';
import { validateBackupJson } from '../shared/import';

const EVENTS = 200_000;
const SHARDS = 10;
const APPS_FOR_LABELS = 2_000;
const BACKUP_APPS = 10_000;
const RSS_SAMPLE_MS = 10;

const crc32 = (zlib as { crc32?: (data: string) => number }).crc32;

function application(i: number): Application {
  const t = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    id: `app${i}`,
    company: `Company ${i}, Inc.`,
    role: i % 7 === 0 ? '=Engineer "senior"' : 'Engineer',
    jobUrl: `https://jobs.example/${i}`,
    location: 'Berlin',
    salary: { min: 50_000, max: 70_000, currency: 'EUR', period: 'year' },
    source: 'bench',
    notes: i % 3 === 0 ? 'Line one\nline two, with "quotes"' : '',
    tags: ['bench', 'remote'],
    fitLine: 'I build things',
    contacts: [{ id: `c${i}`, name: 'Dana', title: 'Recruiter', email: 'dana@example.com', phone: '', notes: '' }],
    stageId: 'applied',
    position: i,
    stageReachedAt: { wishlist: t, applied: t },
    archived: i % 10 === 0,
    createdAt: t,
    updatedAt: t,
  };
}

function event(seq: number): HistoryEvent {
  const app = application(seq % APPS_FOR_LABELS);
  return {
    seq,
    at: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString(),
    actionId: `act${seq}`,
    kind: seq % 5 === 0 ? 'created' : 'moved',
    entity: 'application',
    entityId: app.id,
    applicationId: app.id,
    summary: `Moved ${app.company} to Applied`,
    reverts: null,
    before: seq % 5 === 0 ? null : { stageId: 'wishlist', position: seq },
    after: seq % 5 === 0 ? app : { stageId: 'applied', position: seq },
  };
}

async function writeAll(path: string, lines: () => Generator<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  for (const line of lines()) {
    chunk += line;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

async function generateShards(dir: string): Promise<string[]> {
  const perShard = EVENTS / SHARDS;
  const paths: string[] = [];
  for (let s = 0; s < SHARDS; s++) {
    const path = join(dir, `journal-${String(s).padStart(3, '0')}.jsonl`);
    paths.push(path);
    await writeAll(path, function* () {
      for (let i = s * perShard; i < (s + 1) * perShard; i++) {
        const json = JSON.stringify(event(i + 1));
        const crc = crc32 ? (crc32(json) >>> 0).toString(16).padStart(8, '0') : '00000000';
        yield `${crc} ${json}\n`;
      }
    });
  }
  return paths;
}

const CRC_PREFIX = /^[0-9a-f]{8} /;

/** Reads `<crc> <json>` (or bare JSON) lines from the shards, in order, one record at a time. */
async function* readShards(paths: readonly string[]): AsyncGenerator<HistoryEvent> {
  for (const path of paths) {
    let rest = '';
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      const text = rest + (chunk as string);
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') continue;
        yield JSON.parse(CRC_PREFIX.test(line) ? line.slice(CHECKSUM_PREFIX_LENGTH) : line) as HistoryEvent;
      }
    }
    if (rest !== '') yield JSON.parse(CRC_PREFIX.test(rest) ? rest.slice(CHECKSUM_PREFIX_LENGTH) : rest) as HistoryEvent;
  }
}

function sampleRss(): { stop: () => number } {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return (peak - baseline) / (1024 * 1024);
    },
  };
}

async function writeRaw(path: string, bytes: number): Promise<void> {
  const block = Buffer.alloc(1 << 16, 0x61);
  const out = createWriteStream(path);
  for (let written = 0; written < bytes; written += block.length) {
    if (!out.write(written + block.length <= bytes ? block : block.subarray(0, bytes - written))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function csvExport(dir: string, shards: string[]): Promise<Record<string, number>> {
  const labels = new Map(Array.from({ length: APPS_FOR_LABELS }, (_, i) => [`app${i}`, { company: `Company ${i}, Inc.`, role: 'Engineer' }]));
  // An untimed pass warms the page cache and the JIT, then the floor, then the export.
  for await (const _ of readShards(shards)) void _;
  const readStarted = performance.now();
  let parsed = 0;
  for await (const _ of readShards(shards)) parsed++;
  const readMs = performance.now() - readStarted;
  if (parsed !== EVENTS) throw new Error('floor read mismatch');
  (globalThis as { gc?: () => void }).gc?.();
  const csvPath = join(dir, 'history.csv');
  const rss = sampleRss();
  const started = performance.now();
  const sink = createWriteStream(csvPath);
  const stats = await streamHistoryCsv(readShards(shards), sink, undefined, { lookup: (id) => labels.get(id) ?? null });
  sink.end();
  await once(sink, 'finish');
  const exportMs = performance.now() - started;
  const peakMb = rss.stop();
  if (stats.records !== EVENTS) throw new Error(`exported ${stats.records} events, expected ${EVENTS}`);

  const { size } = await stat(csvPath);
  const writeStarted = performance.now();
  await writeRaw(join(dir, 'raw.bin'), size);
  const writeMs = performance.now() - writeStarted;
  if (process.env.BENCH_DEBUG) console.error({ exportMs, readMs, writeMs, size });
  return { 'export.csv_200k_peak_rss_mb': peakMb, 'export.csv_vs_floor': exportMs / (readMs + writeMs) };
}

async function backupRoundTrip(): Promise<number> {
  const applications = Array.from({ length: BACKUP_APPS }, (_, i) => application(i));
  const started = performance.now();
  const chunks: string[] = [];
  const sink = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      callback();
    },
  });
  await streamBackupJson({ exportedAt: '2026-04-01T00:00:00.000Z', stages: DEFAULT_STAGES, settings: DEFAULT_SETTINGS, applications, interviews: [], followUps: [], history: [] }, sink);
  const result = validateBackupJson(chunks.join(''));
  if (!result.ok || result.backup.applications.length !== BACKUP_APPS) throw new Error(`round trip failed: ${result.ok ? 'count' : result.message}`);
  return (performance.now() - started) / 1000;
}

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'hearback-export-bench-'));
  try {
    const shards = await generateShards(dir);
    const csv = await csvExport(dir, shards);
    return { ...csv, 'import.json_roundtrip_10k_s': await backupRoundTrip() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
