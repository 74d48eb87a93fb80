import type { Application, FollowUp, HistoryEvent, Interview, Settings, Stage, WorkSearchActivity } from '../../../shared/domain';
import { backupJsonPieces } from '../../../shared/export';
import { createSinkWriter, PROGRESS_EVERY, type ExportStats, type ProgressListener } from './sink-writer';

type Source<T> = AsyncIterable<T> | Iterable<T>;

export interface BackupSources {
  exportedAt: string;
  stages: readonly Stage[];
  settings: Settings;
  /** The work-search log's own records (few: written with the head). */
  workSearchActivities?: readonly WorkSearchActivity[];
  /** Archived ones included. */
  applications: Source<Application>;
  interviews: Source<Interview>;
  followUps: Source<FollowUp>;
  history: Source<HistoryEvent>;
}

/**
 * Writes the JSON backup record by record. The bytes equal `backupToJson(buildBackup(...))` for
 * the same records, so a streamed backup round-trips exactly. Does not end `sink`.
 */
export async function streamBackupJson(sources: BackupSources, sink: NodeJS.WritableStream, onProgress?: ProgressListener): Promise<ExportStats> {
  const out = createSinkWriter(sink);
  let count = 0;
  async function array<T>(name: string, records: Source<T>, toJson: (record: T) => string): Promise<void> {
    await out.write(`,"${name}":[`);
    let first = true;
    for await (const record of records) {
      await out.write(first ? toJson(record) : `,${toJson(record)}`);
      first = false;
      count++;
      if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
    }
    await out.write(']');
  }
  await out.write(backupJsonPieces.head(sources.exportedAt, sources.stages, sources.settings, sources.workSearchActivities));
  await array('applications', sources.applications, backupJsonPieces.application);
  await array('interviews', sources.interviews, backupJsonPieces.interview);
  await array('followUps', sources.followUps, backupJsonPieces.followUp);
  await array('history', sources.history, backupJsonPieces.history);
  await out.write(backupJsonPieces.tail);
  await out.flush();
  onProgress?.(count);
  return { records: count, bytes: out.bytes };
}
