import { z } from 'zod';
import { ColorSchema, IdSchema, requiredText } from './primitives';

/**
 * What a stage means to the follow-up engine. `active` stages keep cadences running; the others
 * are closed stages where reminders stop (an offer still gets thank-you notes, nothing else).
 */
export const StageKindSchema = z.enum(['active', 'offer', 'hired', 'rejected', 'withdrawn', 'ghosted']);
export type StageKind = z.infer<typeof StageKindSchema>;

export const StageSchema = z
  .object({
    id: IdSchema,
    name: requiredText(60),
    color: ColorSchema,
    kind: StageKindSchema,
    /** Column order on the board, 0 first. */
    order: z.number().int().min(0),
  })
  .strict();
export type Stage = z.infer<typeof StageSchema>;

/** Stage kinds in which the follow-up cadence stops. */
export const CLOSED_STAGE_KINDS: ReadonlySet<StageKind> = new Set(['hired', 'rejected', 'withdrawn', 'ghosted']);

export const isClosedStage = (stage: Pick<Stage, 'kind'>): boolean => CLOSED_STAGE_KINDS.has(stage.kind);

/** The columns a new user starts with. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { id: 'wishlist', name: 'Wishlist', color: '#8a94a6', kind: 'active', order: 0 },
  { id: 'applied', name: 'Applied', color: '#4f7cff', kind: 'active', order: 1 },
  { id: 'interviewing', name: 'Interviewing', color: '#8b5cf6', kind: 'active', order: 2 },
  { id: 'offer', name: 'Offer', color: '#16a34a', kind: 'offer', order: 3 },
  { id: 'closed', name: 'Closed', color: '#64748b', kind: 'rejected', order: 4 },
];
