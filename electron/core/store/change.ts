import { z } from 'zod';
import { HearbackError, issuesFromZod } from '../../../shared/contract';
import { ApplicationSchema, FollowUpSchema, InterviewSchema, SettingsSchema, StageSchema, WorkSearchActivitySchema, type HistoryEntity, type HistoryKind } from '../../../shared/domain';

/** One record change inside a user action. */
export interface Change {
  entity: HistoryEntity;
  kind: HistoryKind;
  id: string;
  applicationId: string | null;
  after: unknown;
  summary: string;
}

export interface ActionInput {
  summary: string;
  /** User actions are undoable; deliveries and re-planning are not. */
  undoable: boolean;
  changes: Change[];
  reverts?: string | null;
  /** Positions as given (changes from another computer); otherwise cards are placed uniquely. */
  keepPositions?: boolean;
  /** The computer (sync device id) the action was made on, for an action applied from another computer. */
  fromDevice?: string;
}

const schemaOf: Record<HistoryEntity, z.ZodType> = {
  application: ApplicationSchema,
  interview: InterviewSchema,
  followUp: FollowUpSchema,
  stage: StageSchema,
  settings: SettingsSchema,
  workSearchActivity: WorkSearchActivitySchema,
};

/** Every record an action writes is checked against its schema first: `invalid_request` names the field. */
export function validateChanges(changes: readonly Change[]): void {
  for (const change of changes) {
    if (change.after === null) continue;
    const parsed = schemaOf[change.entity].safeParse(change.after);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error).map((i) => ({ ...i, path: `${change.entity}.${i.path}` }));
      throw new HearbackError('invalid_request', `Invalid ${change.entity}: ${issues[0]?.path} ${issues[0]?.message}`, issues);
    }
  }
}

/** The actions with changes that pass `validateChanges`; each refused one is told to `onRefused`. */
export function validActions(actions: readonly ActionInput[], onRefused: (action: ActionInput, error: unknown) => void): ActionInput[] {
  return actions.filter((action) => {
    if (action.changes.length === 0) return false;
    try {
      validateChanges(action.changes);
      return true;
    } catch (error) {
      onRefused(action, error);
      return false;
    }
  });
}
