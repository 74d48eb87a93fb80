import type { Application, Interview, Stage } from '../../../shared/domain';
import type { Change } from '../store/interview-store';
import type { ServiceContext } from './context';

// Wired to the follow-up engine (shared/followup) once it lands.
export function onStageChanged(_ctx: ServiceContext, _app: Application, _stage: Stage): Change[] {
  return [];
}

export function onInterviewChanged(_ctx: ServiceContext, _interview: Interview, _deleted: boolean): Change[] {
  return [];
}

import { HearbackError, type ComposedDraft, type FollowUpAction } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';

export function actOnFollowUp(_ctx: ServiceContext, _followUp: FollowUp, _act: FollowUpAction): FollowUp {
  throw new HearbackError('unavailable', 'Follow-up actions arrive with the follow-up engine.');
}

export function composeFor(_ctx: ServiceContext, _followUp: FollowUp): ComposedDraft {
  throw new HearbackError('unavailable', 'Drafts arrive with the follow-up engine.');
}

export function validateCustomRecurrence(_rule: string, _start: string, _zone: string): void {}
