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

export const historyMethods = {
  'history.list': method(
    HistoryQuerySchema,
    z.object({ events: z.array(HistoryEventSchema), nextBeforeSeq: z.number().int().nullable() }).strict(),
    { mutates: false },
  ),
  'history.undo': method(z.object({}).strict(), UndoResultSchema, { mutates: true }),
  'history.redo': method(z.object({}).strict(), UndoResultSchema, { mutates: true }),
};
