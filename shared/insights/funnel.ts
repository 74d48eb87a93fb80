import type { Application, Stage } from '../domain';
import { ratio, type Ratio } from './ratio';

export interface FunnelStep {
  stageId: string;
  name: string;
  kind: Stage['kind'];
  /** Applications that ever reached this stage (per `stageReachedAt`), whatever stage they are in now. */
  reached: number;
}

/** How many applications reached each stage, in board order. */
export function funnel(applications: readonly Application[], stages: readonly Stage[]): FunnelStep[] {
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({
      stageId: s.id,
      name: s.name,
      kind: s.kind,
      reached: applications.filter((a) => a.stageReachedAt[s.id] !== undefined || a.stageId === s.id).length,
    }));
}

/**
 * Share of applications in a stage of kind `ghosted` now, out of the applications that left the
 * first column (a wish-list entry cannot ghost anyone).
 */
export function ghostingRate(applications: readonly Application[], stages: readonly Stage[]): Ratio {
  const kindOf = new Map(stages.map((s) => [s.id, s.kind]));
  const sent = applications.filter((a) => leftFirstStage(a, stages));
  return ratio(sent.filter((a) => kindOf.get(a.stageId) === 'ghosted').length, sent.length);
}

/** Whether the application reached (or is in) any stage after the first column. */
export function leftFirstStage(app: Application, stages: readonly Stage[]): boolean {
  const first = [...stages].sort((a, b) => a.order - b.order)[0];
  if (!first) return false;
  if (app.stageId !== first.id) return true;
  return Object.keys(app.stageReachedAt).some((id) => id !== first.id);
}
