/**
 * CSV import benchmark.
 * - import.csv_10k_rows_s: seconds to preview and then commit a 10,000-row tracker CSV (Huntr's
 *   board-export columns, quoted notes with commas and line breaks, mixed date forms, a broken
 *   link every 50 rows) through the core's contract, into a fresh data folder.
 * - import.csv_10k_reimport_preview_s: seconds to preview the same file again once its 10,000
 *   applications are on the board (every row checked against the board: imported before, same
 *   link, same company and role).
 * - import.decode_10k_rows_ms: milliseconds to detect the file's encoding and decode its bytes
 *   as the renderer does (Windows-1252, the slow path: the UTF-8 check fails first).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { openCore } from '../electron/core';
import { dataMethods } from '../shared/contract/methods/data';
import { decodeText, detectEncoding } from '../shared/import';

const ROWS = 10_000;
const LISTS = ['Wishlist', 'Applied', 'Phone Screen', 'Interview', 'Onsite', 'Offer', 'Rejected'];
const DATES = ['11/10/2026', '2026-11-10 14:03', 'Nov 10, 2026', '46336', ''];

function trackerCsv(rows: number): string {
  const header = ['id', 'createdAt', 'title', 'salary', 'location', 'url', 'listName', 'companyName', 'notes', 'Date Applied'];
  const records = Array.from({ length: rows }, (_, i) => [
    `job${i}`,
    `2026-0${1 + (i % 9)}-1${i % 10} 09:${String(i % 60).padStart(2, '0')}:00`,
    i % 5 === 0 ? `Engineer, "Platform" ${i}` : `Engineer ${i}`,
    i % 3 === 0 ? '$120k' : '-',
    'Berlin, Germany',
    i % 50 === 0 ? 'not a link' : `https://jobs.example/${i}`,
    LISTS[i % LISTS.length],
    `Company ${i}`,
    i % 4 === 0 ? 'Met at a meetup,\nfollow up in May' : '',
    DATES[i % DATES.length],
  ]);
  return stringify([header, ...records], { record_delimiter: '\r\n' });
}

export async function run(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearback-bench-import-'));
  const csv = trackerCsv(ROWS);
  const core = await openCore({
    dataDir,
    mode: 'browser',
    version: 'bench',
    clock: { now: () => Date.now(), setTimeout: () => 0, clearTimeout: () => undefined },
    log: { info: () => {}, warn: () => {}, error: () => {} },
    notifier: { show: () => {} },
  });
  try {
    const started = process.hrtime.bigint();
    const previewed = await core.dispatch('import.previewCsv', { csv, preset: 'huntr' });
    if (!previewed.ok) throw new Error(`preview failed: ${previewed.error.message}`);
    const preview = dataMethods['import.previewCsv'].response.parse(previewed.value);
    const committed = await core.dispatch('import.commitCsv', { csv, preset: 'huntr', mapping: preview.mapping, dayOrder: preview.dates.order });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (!committed.ok) throw new Error(`commit failed: ${committed.error.message}`);
    const result = dataMethods['import.commitCsv'].response.parse(committed.value);
    if (result.imported !== ROWS) throw new Error(`commit imported ${result.imported} rows, expected ${ROWS}`);

    const again = process.hrtime.bigint();
    const repreviewed = await core.dispatch('import.previewCsv', { csv, preset: 'huntr' });
    const reimportSeconds = Number(process.hrtime.bigint() - again) / 1e9;
    if (!repreviewed.ok) throw new Error(`re-import preview failed: ${repreviewed.error.message}`);
    const duplicates = dataMethods['import.previewCsv'].response.parse(repreviewed.value).duplicateRows;
    if (duplicates !== ROWS) throw new Error(`re-import preview found ${duplicates} duplicates, expected ${ROWS}`);

    const bytes = Uint8Array.from(Buffer.from(`${csv}München €`, 'latin1'));
    const decodeStarted = process.hrtime.bigint();
    const text = decodeText(bytes, detectEncoding(bytes).encoding);
    const decodeMs = Number(process.hrtime.bigint() - decodeStarted) / 1e6;
    if (text.length !== bytes.length) throw new Error('decoding changed the length of a single-byte file');
    return { 'import.csv_10k_rows_s': seconds, 'import.csv_10k_reimport_preview_s': reimportSeconds, 'import.decode_10k_rows_ms': decodeMs };
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
