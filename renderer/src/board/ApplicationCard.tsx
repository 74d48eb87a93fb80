import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import type { Application, Stage } from '../../../shared/domain';
import { cardName } from './board-model';
import { describeDaysInStage, describeFollowUp, type CardFollowUp } from './card-follow-up';
import { MenuButton, type MenuItem } from './MenuButton';

export interface CardActions {
  open(app: Application): void;
  moveTo(app: Application, stageId: string, toIndex: number | 'end'): void;
  archive(app: Application): void;
}

interface Props {
  app: Application;
  stages: readonly Stage[];
  followUp: CardFollowUp | undefined;
  daysInStage: number | null;
  zone: string;
  actions: CardActions;
  /** Position in its column (for "Move up/down"), and the column's length. */
  index: number;
  count: number;
}

/** One application on the board: drag it, open it, or move it with its menu. */
export const ApplicationCard = memo(function ApplicationCard({ app, stages, followUp, daysInStage, zone, actions, index, count }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: app.id,
    data: { stageId: app.stageId },
  });
  const name = cardName(app);
  const items: MenuItem[] = [
    ...stages.map((stage) => ({
      label: stage.id === app.stageId ? `${stage.name} (current)` : stage.name,
      disabled: stage.id === app.stageId,
      onSelect: () => actions.moveTo(app, stage.id, 'end'),
    })),
    { label: 'Move up', disabled: index === 0, separated: true, onSelect: () => actions.moveTo(app, app.stageId, index - 1) },
    { label: 'Move down', disabled: index >= count - 1, onSelect: () => actions.moveTo(app, app.stageId, index + 1) },
    { label: 'Archive', separated: true, onSelect: () => actions.archive(app) },
  ];

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'card dragging' : 'card'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onPointerDown={listeners?.['onPointerDown'] as PointerEventHandler | undefined}
      aria-label={name}
      data-application-id={app.id}
      data-application-name={app.company}
    >
      <button type="button" className="card-open" onClick={() => actions.open(app)} aria-label={`Open ${name}`}>
        <span className="card-company">{app.company}</span>
        <span className="card-role">{app.role}</span>
      </button>
      <div className="card-meta">
        {followUp ? (
          <span className={`follow-up ${followUp.state}`} title={followUp.title}>
            {followUp.state === 'overdue' && <span aria-hidden="true">⚠ </span>}
            {describeFollowUp(followUp, zone)}
          </span>
        ) : (
          <span className="follow-up none">No follow-up planned</span>
        )}
        <span className="days">{describeDaysInStage(daysInStage)}</span>
      </div>
      {app.tags.length > 0 && (
        <ul className="card-tags" aria-label="Tags">
          {app.tags.slice(0, 4).map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <div className="card-actions">
        <button ref={setActivatorNodeRef} type="button" className="icon-button drag-handle" {...attributes} onKeyDown={listeners?.['onKeyDown'] as KeyboardEventHandler | undefined} aria-label={`Drag ${name}`}>
          <span aria-hidden="true">⠿</span>
        </button>
        <MenuButton label={`Move ${name} to…`} heading="Move to" items={items}>
          <span aria-hidden="true">⋯</span>
        </MenuButton>
      </div>
    </article>
  );
});
