import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { Stage } from '../../../shared/domain';
import { ApplicationCard, type CardActions } from './ApplicationCard';
import type { ColumnCards } from './board-model';
import type { CardFollowUp } from './card-follow-up';
import { daysInStage } from './card-follow-up';
import { ColumnHeader } from './ColumnHeader';
import { columnDropId } from './drop-target';
import type { StageActions } from './useStageActions';

/** Estimated card height plus the gap between cards (px); real heights are measured. */
const CARD_ESTIMATE = 112;

interface Props {
  column: ColumnCards;
  stages: readonly Stage[];
  followUps: ReadonlyMap<string, CardFollowUp>;
  zone: string;
  nowMs: number;
  actions: CardActions;
  stageActions: StageActions;
  activeId: string | null;
  filtering: boolean;
}

/** A stage's column: header, and a virtualized list so only the visible cards are in the DOM. */
export function BoardColumn({ column, stages, followUps, zone, nowMs, actions, stageActions, activeId, filtering }: Props) {
  const { stage, shown, all } = column;
  const scroller = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage.id) });
  const ids = useMemo(() => shown.map((a) => a.id), [shown]);
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId);
  // Keep the card being dragged mounted even when it scrolls out of view.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && !indexes.includes(activeIndex) ? [...indexes, activeIndex].sort((a, b) => a - b) : indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_ESTIMATE,
    getItemKey: (index) => shown[index]?.id ?? index,
    overscan: 4,
    rangeExtractor,
  });

  return (
    <section className={isOver ? 'column over' : 'column'} data-stage-id={stage.id} aria-labelledby={`stage-${stage.id}-title`} style={{ ['--stage-color' as string]: stage.color }}>
      <ColumnHeader stage={stage} stages={stages} count={all.length} shownCount={shown.length} filtering={filtering} actions={stageActions} />
      <div ref={setNodeRef} className="column-drop">
        <div ref={scroller} className="column-scroll">
          {shown.length === 0 ? (
            <p className="column-empty">{filtering && all.length > 0 ? 'No cards here match the filter.' : 'Nothing here yet. Drag a card here or use a card’s Move to… menu.'}</p>
          ) : (
            <SortableContext id={stage.id} items={ids} strategy={verticalListSortingStrategy}>
              <ul className="cards" aria-label={`${stage.name} applications`} style={{ height: virtualizer.getTotalSize() }}>
                {virtualizer.getVirtualItems().map((row) => {
                  const app = shown[row.index];
                  if (!app) return null;
                  return (
                    <li key={row.key} ref={virtualizer.measureElement} data-index={row.index} className="card-row" style={{ transform: `translateY(${row.start}px)` }} aria-setsize={shown.length} aria-posinset={row.index + 1}>
                      <ApplicationCard app={app} stages={stages} followUp={followUps.get(app.id)} daysInStage={daysInStage(app.stageReachedAt[app.stageId], nowMs)} zone={zone} actions={actions} index={all.indexOf(app)} count={all.length} />
                    </li>
                  );
                })}
              </ul>
            </SortableContext>
          )}
        </div>
      </div>
    </section>
  );
}
