import type { Application, HistoryEvent, Stage } from '../../../shared/domain';
import { applicationCsvRow, applicationsCsvHeader, HISTORY_CSV_HEADER, historyCsvRow, NO_COUNTS, UTF8_BOM, type ApplicationCounts, type ApplicationLabelLookup, type CsvRow } from '../../../shared/export';
import { csvRecord } from './csv-format';
import { createSinkWriter, PROGRESS_EVERY, type ExportStats, type ProgressListener } from './sink-writer';

async function streamRows<T>(records: AsyncIterable<T> | Iterable<T>, header: CsvRow, toRow: (record: T) => CsvRow, sink: NodeJS.WritableStream, onProgress?: ProgressListener): Promise<ExportStats> {
  const out = createSinkWriter(sink);
  await out.write(UTF8_BOM + csvRecord(header));
  let count = 0;
  for await (const record of records) {
    const wait = out.write(csvRecord(toRow(record)));
    if (wait) await wait;
    count++;
    if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
  }
  await out.flush();
  onProgress?.(count);
  return { records: count, bytes: out.bytes };
}

export interface HistoryCsvOptions {
  /** Names the application of each event (company, role); defaults to what the event carries. */
  lookup?: ApplicationLabelLookup;
}

/**
 * Writes the history as CSV (UTF-8 with BOM, RFC 4180), one row per event, in constant memory.
 * Does not end `sink`: the caller closes it (and removes a partial file on failure).
 */
export function streamHistoryCsv(events: AsyncIterable<HistoryEvent> | Iterable<HistoryEvent>, sink: NodeJS.WritableStream, onProgress?: ProgressListener, options: HistoryCsvOptions = {}): Promise<ExportStats> {
  const lookup = options.lookup ?? (() => null);
  return streamRows(events, [...HISTORY_CSV_HEADER], (e) => historyCsvRow(e, lookup), sink, onProgress);
}

export interface ApplicationsCsvOptions {
  stages: readonly Stage[];
  /** Interview and follow-up counts per application id. */
  counts?: (applicationId: string) => ApplicationCounts;
}

/** Writes one CSV row per application (archived included if the iterable yields them). */
export function streamApplicationsCsv(applications: AsyncIterable<Application> | Iterable<Application>, sink: NodeJS.WritableStream, options: ApplicationsCsvOptions, onProgress?: ProgressListener): Promise<ExportStats> {
  const counts = options.counts ?? (() => NO_COUNTS);
  return streamRows(applications, applicationsCsvHeader(options.stages), (a) => applicationCsvRow(a, options.stages, counts(a.id)), sink, onProgress);
}
