import { describe, expect, it } from 'vitest';
import { backupJsonPieces, backupToJson, buildBackup, BackupSchema } from '../../../../shared/export';
import { makeApplication, makeEvent, makeFollowUp, makeInterview, SETTINGS, STAGES } from './fixtures';

describe('buildBackup', () => {
  const input = {
    stages: STAGES,
    settings: SETTINGS,
    applications: [makeApplication(), makeApplication({ id: 'app2', archived: true })],
    interviews: [makeInterview()],
    followUps: [makeFollowUp()],
    history: [makeEvent()],
  };

  it('is versioned and includes archived applications', () => {
    const backup = buildBackup(input, '2026-04-01T00:00:00.000Z');
    expect(backup.format).toBe('hearback-backup');
    expect(backup.version).toBe(1);
    expect(backup.applications.map((a) => a.archived)).toEqual([false, true]);
  });

  it('writes keys in schema order whatever order the records came in', () => {
    const reversed = Object.fromEntries(Object.entries(makeApplication()).reverse()) as ReturnType<typeof makeApplication>;
    const a = backupToJson(buildBackup({ ...input, applications: [reversed] }, '2026-04-01T00:00:00.000Z'));
    const b = backupToJson(buildBackup({ ...input, applications: [makeApplication()] }, '2026-04-01T00:00:00.000Z'));
    expect(a).toBe(b);
  });

  it('has streaming pieces that join into exactly the same bytes', () => {
    const backup = buildBackup(input, '2026-04-01T00:00:00.000Z');
    const joined =
      backupJsonPieces.head(backup.exportedAt, backup.stages, backup.settings) +
      `,"applications":[${backup.applications.map(backupJsonPieces.application).join(',')}]` +
      `,"interviews":[${backup.interviews.map(backupJsonPieces.interview).join(',')}]` +
      `,"followUps":[${backup.followUps.map(backupJsonPieces.followUp).join(',')}]` +
      `,"history":[${backup.history.map(backupJsonPieces.history).join(',')}]` +
      backupJsonPieces.tail;
    expect(joined).toBe(backupToJson(backup));
    expect(BackupSchema.parse(JSON.parse(joined))).toEqual(backup);
  });
});
