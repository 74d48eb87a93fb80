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

/**
 * What a stage's kind means — the one place the follow-up engine, Insights and Today ask:
 *
 * | kind        | follow-ups (`followUpsAt`)   | the company answered | reached an offer | ghosted target |
 * |-------------|------------------------------|----------------------|------------------|----------------|
 * | `active`    | running                      | no                   | no               | no             |
 * | `offer`     | thank-you note only          | yes                  | yes              | no             |
 * | `hired`     | stopped                      | yes                  | yes              | no             |
 * | `rejected`  | stopped                      | yes                  | no               | if no ghosted stage (first rejected or withdrawn) |
 * | `withdrawn` | stopped                      | no                   | no               | if no ghosted stage (first rejected or withdrawn) |
 * | `ghosted`   | stopped                      | no                   | no               | yes (the first one) |
 */
export const CLOSED_STAGE_KINDS: ReadonlySet<StageKind> = new Set(['hired', 'rejected', 'withdrawn', 'ghosted']);
const ANSWER_KINDS: ReadonlySet<StageKind> = new Set(['offer', 'hired', 'rejected']);
const OFFER_KINDS: ReadonlySet<StageKind> = new Set(['offer', 'hired']);

export const isClosedStage = (stage: Pick<Stage, 'kind'>): boolean => CLOSED_STAGE_KINDS.has(stage.kind);

export type FollowUpsAtStage = 'running' | 'thank-you only' | 'stopped';

/** Where follow-ups stop: everything runs in an active stage, an offer keeps only its thank-you note. */
export function followUpsAt(stage: Pick<Stage, 'kind'>): FollowUpsAtStage {
  if (isClosedStage(stage)) return 'stopped';
  return stage.kind === 'offer' ? 'thank-you only' : 'running';
}

/** A stage that can only be reached because the company answered (an offer, a hire, a rejection). */
export const isAnswerStage = (stage: Pick<Stage, 'kind'>): boolean => ANSWER_KINDS.has(stage.kind);

/** A stage that means an offer was made (a hire included). */
export const isOfferStage = (stage: Pick<Stage, 'kind'>): boolean => OFFER_KINDS.has(stage.kind);

/** Where "mark ghosted" moves an application: the first ghosted stage, else the first rejected or withdrawn one. */
export function ghostedTargetStage<S extends Pick<Stage, 'kind'>>(stages: readonly S[]): S | undefined {
  return stages.find((s) => s.kind === 'ghosted') ?? stages.find((s) => s.kind === 'rejected' || s.kind === 'withdrawn');
}

/** The columns a new user starts with. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { id: 'wishlist', name: 'Wishlist', color: '#8a94a6', kind: 'active', order: 0 },
  { id: 'applied', name: 'Applied', color: '#4f7cff', kind: 'active', order: 1 },
  { id: 'interviewing', name: 'Interviewing', color: '#8b5cf6', kind: 'active', order: 2 },
  { id: 'offer', name: 'Offer', color: '#16a34a', kind: 'offer', order: 3 },
  { id: 'closed', name: 'Closed', color: '#64748b', kind: 'rejected', order: 4 },
];
