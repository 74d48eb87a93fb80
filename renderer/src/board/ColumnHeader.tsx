import { useState } from 'react';
import type { Stage } from '../../../shared/domain';
import { DeleteStageDialog } from './DeleteStageDialog';
import { MenuButton } from './MenuButton';
import { StageDialog } from './StageDialog';
import type { StageActions } from './useStageActions';

interface Props {
  stage: Stage;
  stages: readonly Stage[];
  count: number;
  shownCount: number;
  filtering: boolean;
  actions: StageActions;
}

/** A column's title, its card count, and the stage's own menu (edit, move, delete). */
export function ColumnHeader({ stage, stages, count, shownCount, filtering, actions }: Props) {
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const at = ordered.findIndex((s) => s.id === stage.id);
  const countText = filtering ? `${shownCount} of ${count}` : String(count);
  const countLabel = filtering ? `${shownCount} of ${count} applications shown` : `${count} ${count === 1 ? 'application' : 'applications'}`;

  return (
    <header className="column-header">
      <h2 className="column-title" id={`stage-${stage.id}-title`}>
        <span className="dot" aria-hidden="true" />
        <span className="column-name">{stage.name}</span>
      </h2>
      <span className="count" aria-label={countLabel}>
        {countText}
      </span>
      <MenuButton
        label={`Stage options for ${stage.name}`}
        heading={stage.name}
        items={[
          { label: 'Rename or recolour…', onSelect: () => setDialog('edit') },
          { label: 'Move column left', disabled: at <= 0, onSelect: () => void actions.shift(stage, -1) },
          { label: 'Move column right', disabled: at >= ordered.length - 1, onSelect: () => void actions.shift(stage, 1) },
          { label: 'Delete stage…', separated: true, disabled: stages.length <= 1, onSelect: () => setDialog('delete') },
        ]}
      >
        <span aria-hidden="true">⋯</span>
      </MenuButton>
      {dialog === 'edit' && <StageDialog stage={stage} actions={actions} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && <DeleteStageDialog stage={stage} stages={ordered} count={count} actions={actions} onClose={() => setDialog(null)} />}
    </header>
  );
}
