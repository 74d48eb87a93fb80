import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import type { Application } from '../../../shared/domain';
import { navigate } from '../app/useRoute';
import { call, userMessage } from '../contract';
import { focusCard } from '../ui/focus-after';
import { useToasts } from '../ui/toasts';
import { useNow } from '../ui/useNow';
import { AddStageForm } from './AddStageForm';
import type { CardActions } from './ApplicationCard';
import { ArchivedColumn } from './ArchivedColumn';
import './board.css';
import { allTags, buildColumns, cardName, isFiltering, type BoardFilter } from './board-model';
import { BoardColumn } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import { cardFollowUps } from './card-follow-up';
import { useMailStatus } from '../mail/useMailStatus';
import { boardCollisions, screenReaderInstructions } from './drag-announcements';
import { useBoardDrag } from './useBoardDrag';
import { useCardMoves } from './useCardMoves';
import { useStageActions } from './useStageActions';

const MAX_STAGES = 20;

/** The pipeline: one column per stage, cards moved by pointer, keyboard or menu. */
export function Board({ workspace }: { workspace: Workspace }) {
  const toasts = useToasts();
  const [filter, setFilter] = useState<BoardFilter>({ query: '', tag: '' });
  const [showArchived, setShowArchived] = useState(false);
  const { pending, move } = useCardMoves(workspace.revision, workspace.stages);
  const stageActions = useStageActions(workspace.stages);
  const columns = useMemo(() => buildColumns(workspace.stages, workspace.applications, pending, filter), [workspace, pending, filter]);
  const stages = useMemo(() => columns.map((c) => c.stage), [columns]);
  const tags = useMemo(() => allTags(workspace.applications), [workspace.applications]);
  const zone = workspace.effectiveTimeZone;
  // The app's one clock: cards turn "due" and "overdue" at the same minute as Today and the tray.
  const nowMs = useNow();
  const { held } = useMailStatus();
  const followUps = useMemo(() => cardFollowUps(workspace.followUps, nowMs, zone, held), [workspace.followUps, nowMs, zone, held]);
  const drag = useBoardDrag(columns, (app, stageId, toIndex) => void move(app, stageId, toIndex));
  const filtering = isFiltering(filter);

  const moveTo = useCallback(
    (app: Application, stageId: string, toIndex: number | 'end') => {
      const column = columns.find((c) => c.stage.id === stageId);
      const others = column ? column.all.filter((a) => a.id !== app.id).length : 0;
      void move(app, stageId, toIndex === 'end' ? others : Math.max(0, Math.min(toIndex, others)));
      // The menu was used from the keyboard or pointer: keep focus on the moved card's menu button.
      focusCard(app.id, 'move', { inStage: stageId });
    },
    [columns, move],
  );
  const actions = useMemo<CardActions>(
    () => ({
      open: (app) => navigate({ view: 'board', applicationId: app.id }),
      moveTo,
      archive: (app) => {
        call('applications.setArchived', { id: app.id, archived: true })
          .then(() => toasts.show({ tone: 'success', message: `Archived ${cardName(app)}`, action: { label: 'Restore', run: () => void call('applications.setArchived', { id: app.id, archived: false }) } }))
          .catch((failure: unknown) => toasts.show({ tone: 'error', message: `Could not archive ${cardName(app)}: ${userMessage(failure)}` }));
      },
    }),
    [moveTo, toasts],
  );

  const shownCount = columns.reduce((n, c) => n + c.shown.length, 0);
  return (
    <div className="board-view">
      <BoardFilters filter={filter} tags={tags} showArchived={showArchived} onFilter={setFilter} onShowArchived={setShowArchived} />
      {workspace.applications.length === 0 && (
        <p className="board-hint" role="note">
          No applications yet — add the first with <strong>New application</strong> (press <kbd>N</kbd>). Then drag cards between columns as things move along.
        </p>
      )}
      {workspace.applications.length > 0 && filtering && shownCount === 0 && (
        <p className="board-hint" role="status">
          No applications match this filter.{' '}
          <button type="button" className="link-button" onClick={() => setFilter({ query: '', tag: '' })}>
            Clear filters
          </button>
        </p>
      )}
      <DndContext
        sensors={drag.sensors}
        collisionDetection={boardCollisions}
        // Scroll the board sideways only when the pointer is really at its edge.
        autoScroll={{ threshold: { x: 0.06, y: 0.12 } }}
        accessibility={{ announcements: drag.announcements, screenReaderInstructions }}
        // Keep column and card rects measured before a drag starts: the keyboard sensor picks the
        // next column from them, and a fast arrow press could otherwise beat the first measurement.
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        onDragStart={drag.onDragStart}
        onDragEnd={drag.onDragEnd}
        onDragCancel={drag.onDragCancel}
      >
        <div className="board" aria-label="Pipeline">
          {columns.map((column) => (
            <BoardColumn key={column.stage.id} column={column} stages={stages} followUps={followUps} zone={zone} nowMs={nowMs} actions={actions} stageActions={stageActions} activeId={drag.activeId} filtering={filtering} />
          ))}
          {showArchived && <ArchivedColumn query={filter.query} tag={filter.tag} workplace={filter.workplace ?? ''} />}
          <AddStageForm actions={stageActions} disabled={workspace.stages.length >= MAX_STAGES} />
        </div>
        <DragOverlay dropAnimation={null}>
          {drag.activeApp && (
            <div className="card overlay" aria-hidden="true">
              <span className="card-company">{drag.activeApp.company}</span>
              <span className="card-role">{drag.activeApp.role}</span>
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
