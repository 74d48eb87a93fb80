import { useMemo } from 'react';
import type { Stage } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

/** Column colours offered when editing a stage (readable as a dot on both themes). */
export const STAGE_PALETTE: readonly { name: string; color: string }[] = [
  { name: 'Slate', color: '#8a94a6' },
  { name: 'Blue', color: '#4f7cff' },
  { name: 'Violet', color: '#8b5cf6' },
  { name: 'Pink', color: '#db2777' },
  { name: 'Orange', color: '#ea580c' },
  { name: 'Amber', color: '#ca8a04' },
  { name: 'Green', color: '#16a34a' },
  { name: 'Teal', color: '#0d9488' },
  { name: 'Grey', color: '#64748b' },
];

export interface StageActions {
  create(name: string): Promise<boolean>;
  update(stage: Stage, patch: { name?: string; color?: string }): Promise<boolean>;
  shift(stage: Stage, by: -1 | 1): Promise<boolean>;
  remove(stage: Stage, moveCardsTo: string): Promise<boolean>;
}

/** Stage management through the contract; failures become an error toast and `false`. */
export function useStageActions(stages: readonly Stage[]): StageActions {
  const toasts = useToasts();
  return useMemo(() => {
    const attempt = async (what: string, run: () => Promise<unknown>, done?: string): Promise<boolean> => {
      try {
        await run();
        if (done) toasts.show({ tone: 'success', message: done });
        return true;
      } catch (failure) {
        toasts.show({ tone: 'error', message: `Could not ${what}: ${userMessage(failure)}` });
        return false;
      }
    };
    const ordered = [...stages].sort((a, b) => a.order - b.order);
    return {
      create: (name) => attempt('add the stage', () => call('stages.create', { name }), `Added stage ${name}`),
      update: (stage, patch) => attempt('change the stage', () => call('stages.update', { id: stage.id, patch })),
      shift: (stage, by) => {
        const ids = ordered.map((s) => s.id);
        const from = ids.indexOf(stage.id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(false);
        ids.splice(from, 1);
        ids.splice(to, 0, stage.id);
        return attempt('reorder the stages', () => call('stages.reorder', { ids }));
      },
      remove: (stage, moveCardsTo) => {
        const target = stages.find((s) => s.id === moveCardsTo)?.name ?? 'another stage';
        return attempt('delete the stage', () => call('stages.delete', { id: stage.id, moveCardsTo }), `Deleted stage ${stage.name}; its cards are in ${target}`);
      },
    };
  }, [stages, toasts]);
}
