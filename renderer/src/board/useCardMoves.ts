import { useCallback, useEffect, useRef, useState } from 'react';
import type { Application, Stage } from '../../../shared/domain';
import { callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { cardName, type PendingMove } from './board-model';

interface Tracked extends PendingMove {
  /** The workspace revision the move was made on; a newer workspace already contains it. */
  baseRevision: number;
  settled: boolean;
}

/**
 * Moves cards through `applications.move`, showing each at its new place at once and dropping
 * that local guess as soon as a workspace that includes the move arrives (`data.changed`).
 */
export function useCardMoves(revision: number, stages: readonly Stage[]) {
  const toasts = useToasts();
  const [tracked, setTracked] = useState<ReadonlyMap<string, Tracked>>(new Map());
  const latestRevision = useRef(revision);

  useEffect(() => {
    latestRevision.current = revision;
    setTracked((current) => {
      const kept = [...current].filter(([, move]) => !move.settled || move.baseRevision >= revision);
      return kept.length === current.size ? current : new Map(kept);
    });
  }, [revision]);

  const move = useCallback(
    async (app: Application, toStageId: string, toIndex: number): Promise<void> => {
      const stageName = stages.find((s) => s.id === toStageId)?.name ?? 'another stage';
      setTracked((current) => new Map(current).set(app.id, { stageId: toStageId, toIndex, baseRevision: revision, settled: false }));
      try {
        const { undo } = await callUndoable('applications.move', { id: app.id, toStageId, toIndex });
        setTracked((current) => {
          const entry = current.get(app.id);
          if (!entry) return current;
          const next = new Map(current);
          // The refetch may already have arrived before this answer did.
          if (latestRevision.current > entry.baseRevision) next.delete(app.id);
          else next.set(app.id, { ...entry, settled: true });
          return next;
        });
        toasts.show({
          tone: 'success',
          message: app.stageId === toStageId ? `Moved ${cardName(app)} within ${stageName}` : `Moved ${cardName(app)} to ${stageName}`,
          undo,
        });
      } catch (failure) {
        setTracked((current) => {
          const next = new Map(current);
          next.delete(app.id);
          return next;
        });
        toasts.show({ tone: 'error', message: `Could not move ${cardName(app)}: ${userMessage(failure)}` });
      }
    },
    [revision, stages, toasts],
  );

  return { pending: tracked as ReadonlyMap<string, PendingMove>, move };
}
