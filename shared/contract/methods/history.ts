import { z } from 'zod';
import { HistoryEntitySchema, HistoryEventSchema, HistoryKindSchema, IdSchema, InstantSchema } from '../../domain';
import { method } from '../define';

export const HistoryQuerySchema = z
  .object({
    applicationId: IdSchema.optional(),
    from: InstantSchema.optional(),
    to: InstantSchema.optional(),
    entities: z.array(HistoryEntitySchema).max(10).optional(),
    kinds: z.array(HistoryKindSchema).max(10).optional(),
    /** Page backwards: events with a smaller seq than this. */
    beforeSeq: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

const UndoResultSchema = z.object({ summary: z.string().nullable() }).strict();

/**
 * What a successful change that can be undone reports beside its value (in the envelope): the
 * action's id, for an Undo that reverses exactly that action, and the workspace revision that
 * first contains it (a workspace older than that cannot say yet whether the Undo still applies).
 */
export const UndoTicketSchema = z.object({ actionId: IdSchema, revision: z.number().int().min(0) }).strict();
export type UndoTicket = z.infer<typeof UndoTicketSchema>;

export const historyMethods = {
  'history.list': method(HistoryQuerySchema, z.object({ events: z.array(HistoryEventSchema), nextBeforeSeq: z.number().int().nullable() }).strict(), { mutates: false }),
  /**
   * Undoes the latest action; with `actionId`, exactly that action — refused (`conflict`) when it
   * was already undone or a later change came after it.
   */
  'history.undo': method(z.object({ actionId: IdSchema.optional() }).strict(), UndoResultSchema, { mutates: true }),
  'history.redo': method(z.object({}).strict(), UndoResultSchema, { mutates: true }),
};
