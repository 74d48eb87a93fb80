import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Stage } from '../../../shared/domain';
import { STAGE_PALETTE, type StageActions } from './useStageActions';

/** Rename a stage and pick its colour from a small palette. */
export function StageDialog({ stage, actions, onClose }: { stage: Stage; actions: StageActions; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(stage.name);
  const [color, setColor] = useState(stage.color.toLowerCase());
  const [saving, setSaving] = useState(false);
  const titleId = `edit-stage-${stage.id}`;
  const palette = STAGE_PALETTE.some((p) => p.color === color) ? STAGE_PALETTE : [...STAGE_PALETTE, { name: 'Current colour', color }];

  useEffect(() => dialog.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const patch = { ...(name.trim() !== stage.name ? { name: name.trim() } : {}), ...(color !== stage.color.toLowerCase() ? { color } : {}) };
    if (Object.keys(patch).length === 0 || (await actions.update(stage, patch))) onClose();
    else setSaving(false);
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>Edit stage {stage.name}</h2>
        <label className="field">
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} autoFocus />
        </label>
        <fieldset className="field swatches">
          <legend>Colour</legend>
          {palette.map((swatch) => (
            <label key={swatch.color} className="swatch" title={swatch.name}>
              <input type="radio" name="stage-colour" value={swatch.color} checked={color === swatch.color} onChange={() => setColor(swatch.color)} aria-label={swatch.name} />
              <span className="swatch-dot" style={{ background: swatch.color }} aria-hidden="true" />
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving || name.trim() === ''}>
            Save stage
          </button>
        </div>
      </form>
    </dialog>
  );
}
