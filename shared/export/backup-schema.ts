import { z } from 'zod';
import { ApplicationSchema, FollowUpSchema, HistoryEventSchema, InstantSchema, InterviewSchema, SettingsSchema, StageSchema, WorkSearchActivitySchema } from '../domain';

export const BACKUP_FORMAT = 'hearback-backup';
/** Bumped when the shape changes; an importer migrates older versions one step at a time. */
export const BACKUP_VERSION = 1;

/** Upper bounds that keep a hostile backup from exhausting memory while it is validated. */
export const BACKUP_LIMITS = {
  stages: 100,
  applications: 200_000,
  interviews: 500_000,
  followUps: 1_000_000,
  history: 5_000_000,
  workSearchActivities: 100_000,
} as const;

/**
 * A full backup: everything the store holds, archived applications included, plus the history.
 * Key order here is the key order of the JSON file (zod rebuilds objects in shape order), which
 * is what makes export → import → export byte-identical.
 */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: InstantSchema,
    stages: z.array(StageSchema).min(1, 'must have at least one stage').max(BACKUP_LIMITS.stages),
    settings: SettingsSchema,
    /** Absent in backups from before the work-search log existed. */
    workSearchActivities: z.array(WorkSearchActivitySchema).max(BACKUP_LIMITS.workSearchActivities).default([]),
    applications: z.array(ApplicationSchema).max(BACKUP_LIMITS.applications),
    interviews: z.array(InterviewSchema).max(BACKUP_LIMITS.interviews),
    followUps: z.array(FollowUpSchema).max(BACKUP_LIMITS.followUps),
    history: z.array(HistoryEventSchema).max(BACKUP_LIMITS.history),
  })
  .strict();
export type Backup = z.infer<typeof BackupSchema>;

/** The record collections of a backup, in file order. */
export const BACKUP_COLLECTIONS = ['stages', 'applications', 'interviews', 'followUps', 'history'] as const;
export type BackupCollection = (typeof BACKUP_COLLECTIONS)[number];
