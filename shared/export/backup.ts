import {
  ApplicationSchema,
  FollowUpSchema,
  HistoryEventSchema,
  InterviewSchema,
  SettingsSchema,
  StageSchema,
  WorkSearchActivitySchema,
  type AllData,
  type Application,
  type FollowUp,
  type HistoryEvent,
  type Interview,
  type Settings,
  type Stage,
  type WorkSearchActivity,
} from '../domain';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup } from './backup-schema';

/**
 * Builds a backup from in-memory records. `exportedAt` is an ISO instant (the caller's clock).
 * Records go through their schemas so the output has canonical key order.
 */
export function buildBackup(input: AllData, exportedAt: string): Backup {
  return BackupSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    stages: input.stages,
    settings: input.settings,
    workSearchActivities: input.workSearchActivities ?? [],
    applications: input.applications,
    interviews: input.interviews,
    followUps: input.followUps,
    history: input.history,
  });
}

/** Compact JSON of a backup; the streaming writer produces exactly these bytes. */
export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/**
 * Pieces for a streaming writer: the opening up to the first collection, then each record's JSON
 * (canonical key order), joined exactly like `JSON.stringify` would.
 */
export const backupJsonPieces = {
  /** `{"format":…,"version":1,"exportedAt":"…","stages":[…],"settings":{…}` */
  head(exportedAt: string, stages: readonly Stage[], settings: Settings, workSearchActivities: readonly WorkSearchActivity[] = []): string {
    const head = JSON.stringify({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      stages: stages.map((s) => StageSchema.parse(s)),
      settings: SettingsSchema.parse(settings),
      workSearchActivities: workSearchActivities.map((a) => WorkSearchActivitySchema.parse(a)),
    });
    return head.slice(0, -1);
  },
  application: (a: Application): string => JSON.stringify(ApplicationSchema.parse(a)),
  interview: (i: Interview): string => JSON.stringify(InterviewSchema.parse(i)),
  followUp: (f: FollowUp): string => JSON.stringify(FollowUpSchema.parse(f)),
  history: (e: HistoryEvent): string => JSON.stringify(HistoryEventSchema.parse(e)),
  tail: '}',
};
