import { z } from 'zod';
import { ColorSchema, IdSchema, requiredText, StageKindSchema, StageSchema } from '../../domain';
import { method } from '../define';

export const stageMethods = {
  'stages.create': method(
    z.object({ name: requiredText(60), color: ColorSchema.optional(), kind: StageKindSchema.optional() }).strict(),
    StageSchema,
    { mutates: true },
  ),
  'stages.update': method(
    z
      .object({
        id: IdSchema,
        patch: z.object({ name: requiredText(60), color: ColorSchema, kind: StageKindSchema }).partial().strict(),
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
