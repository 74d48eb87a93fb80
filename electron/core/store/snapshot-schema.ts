import { z } from 'zod';
import { ApplicationSchema, FollowUpSchema, InterviewSchema, SettingsSchema, StageSchema, WorkSearchActivitySchema } from '../../../shared/domain';

/** The version of the files this build writes. Bump it with a migration in ./migrations. */
export const CURRENT_SCHEMA_VERSION = 2;

/** `hearback.json`: the active set (everything not archived), stages and settings. */
export const MainSnapshotSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    /** The last history seq this snapshot contains; later events are replayed at open. */
    lastSeq: z.number().int().min(0),
    savedAt: z.string(),
    stages: z.array(StageSchema).min(1),
    settings: SettingsSchema,
    applications: z.array(ApplicationSchema),
    interviews: z.array(InterviewSchema),
    followUps: z.array(FollowUpSchema),
    /** The work-search log's own records; absent in files from before it existed. */
    workSearchActivities: z.array(WorkSearchActivitySchema).default([]),
  })
  .strict();
export type MainSnapshot = z.infer<typeof MainSnapshotSchema>;

/** `archive/shard-NN.json`: archived applications whose id hashes to that shard. */
export const ArchiveShardSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    lastSeq: z.number().int().min(0),
    applications: z.array(ApplicationSchema),
    interviews: z.array(InterviewSchema),
    followUps: z.array(FollowUpSchema),
  })
  .strict();
export type ArchiveShard = z.infer<typeof ArchiveShardSchema>;
