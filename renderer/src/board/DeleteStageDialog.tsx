import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Stage } from '../../../shared/domain';
import type { StageActions } from './useStageActions';

interface Props {
  stage: Stage;
  /** Every stage in board order. */
  stages: readonly Stage[];
  count: number;
  actions: StageActions;
  onClose: () => void;
}

/** Deleting a stage asks where its cards go; nothing is deleted with it. */
export function DeleteStageDialog({ stage, stages, count, actions, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const others = stages.filter((s) => s.id !== stage.id);
  const at = stages.findIndex((s) => s.id === stage.id);
  const neighbour = stages[at - 1] ?? stages[at + 1] ?? others[0];
  const [target, setTarget] = useState(neighbour?.id ?? '');
  const [saving, setSaving] = useState(false);
  const titleId = `delete-stage-${stage.id}`;

  useEffect(() => dialog.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    if (await actions.remove(stage, target)) onClose();
    else setSaving(false);
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>Delete stage {stage.name}?</h2>
        <p className="muted">
          {count === 0 ? 'This stage is empty. Its applications would move to the stage you choose.' : `Its ${count} ${count === 1 ? 'application moves' : 'applications move'} to the stage you choose; nothing is deleted.`}
        </p>
        <label className="field">
          Move its applications to
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button danger" disabled={saving || !target}>
            Delete stage
          </button>
        </div>
      </form>
    </dialog>
  );
}
