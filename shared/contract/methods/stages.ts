import { z } from 'zod';
import { IdSchema, StageSchema } from '../../domain';
import { method } from '../define';

/** What the user sets on a stage: the stored stage's own rules (order changes through reorder). */
const StageFieldsSchema = StageSchema.pick({ name: true, color: true, kind: true });

export const stageMethods = {
  'stages.create': method(StageFieldsSchema.partial({ color: true, kind: true }).strict(), StageSchema, { mutates: true }),
  'stages.update': method(
    z
      .object({
        id: IdSchema,
        patch: StageFieldsSchema.partial().strict(),
      })
      .strict(),
    StageSchema,
    { mutates: true },
  ),
  /** The full new column order; it must name every stage exactly once. */
  'stages.reorder': method(z.object({ ids: z.array(IdSchema).min(1).max(50) }).strict(), z.array(StageSchema), {
    mutates: true,
  }),
  /** Deletes a stage; its cards move to `moveCardsTo` (which must be another stage). */
  'stages.delete': method(z.object({ id: IdSchema, moveCardsTo: IdSchema }).strict(), z.object({ id: IdSchema }).strict(), {
    mutates: true,
  }),
};
