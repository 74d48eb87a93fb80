import { useState, type FormEvent } from 'react';
import type { StageActions } from './useStageActions';

/** The last column: a name field that adds a stage at the right end of the board. */
export function AddStageForm({ actions, disabled }: { actions: StageActions; disabled: boolean }) {
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setSaving(true);
    if (await actions.create(name.trim())) setName('');
    setSaving(false);
  }
  return (
    <form className="add-stage" onSubmit={(e) => void submit(e)} aria-label="Add a stage">
      <label className="field">
        New stage name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} placeholder="e.g. Phone screen" disabled={disabled} />
      </label>
      <button type="submit" className="button" disabled={saving || disabled || name.trim() === ''}>
        Add stage
      </button>
      {disabled && <p className="muted small">A board holds at most 20 stages.</p>}
    </form>
  );
}
