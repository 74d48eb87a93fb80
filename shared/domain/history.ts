import { z } from 'zod';
import { IdSchema, InstantSchema, text } from './primitives';

export const HistoryEntitySchema = z.enum(['application', 'interview', 'followUp', 'stage', 'settings', 'workSearchActivity']);
export type HistoryEntity = z.infer<typeof HistoryEntitySchema>;

export const HistoryKindSchema = z.enum(['created', 'updated', 'moved', 'archived', 'unarchived', 'deleted', 'delivered', 'imported']);
export type HistoryKind = z.infer<typeof HistoryKindSchema>;

/**
 * One entry of the append-only record. `before`/`after` are whole records (or null for
 * create/delete), which makes the log replayable: the store rebuilds its state from a snapshot
 * plus the events after it, and undo is a new event with the two swapped.
 */
export const HistoryEventSchema = z
  .object({
    /** Strictly increasing, gap-free sequence number. */
    seq: z.number().int().min(1),
    at: InstantSchema,
    /** Groups the events of one user action (a stage delete moves many cards). */
    actionId: IdSchema,
    kind: HistoryKindSchema,
    entity: HistoryEntitySchema,
    entityId: IdSchema,
    applicationId: IdSchema.nullable(),
    /** What the user sees in the timeline ("Moved to Interviewing"). */
    summary: text(500),
    /** Set when this event reverses (undo) or re-applies (redo) an earlier action. */
    reverts: IdSchema.nullable(),
    /**
     * The computer (its sync device id) this action was made on, when it came in through sync; absent
     * for this computer's own actions and in journals written before the field existed.
     */
    fromDevice: z.string().min(1).max(64).optional(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .strict();
export type HistoryEvent = z.infer<typeof HistoryEventSchema>;
