import { useEffect, useId, useRef, useState } from 'react';
import type { FollowUpAction } from '../../../shared/contract';
import { epochMsToWallTime, MS_PER_HOUR, toInstant, wallTimeToEpochMs } from '../../../shared/followup';

type Snooze = Extract<FollowUpAction, { action: 'snooze' }>;

/** "YYYY-MM-DDTHH:MM" for a datetime-local input, in `zone`. */
function localInputValue(epochMs: number, zone: string): string {
  const wall = epochMsToWallTime(epochMs, zone);
  const hh = String(Math.floor(wall.minutes / 60)).padStart(2, '0');
  const mm = String(wall.minutes % 60).padStart(2, '0');
  return `${wall.date}T${hh}:${mm}`;
}

/** The Snooze button and its menu: one hour, tomorrow 09:00, or a time the user picks (in `zone`). */
export function SnoozeMenu({ zone, disabled, onSnooze }: { zone: string; disabled?: boolean; onSnooze: (act: Snooze) => void }) {
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const errorId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    setPicking(false);
    setError(null);
    trigger.current?.focus();
  };
  const choose = (act: Snooze) => {
    close();
    onSnooze(act);
  };
  const submitPicked = () => {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
    if (!match?.[1]) return setError('Pick a date and time.');
    const ms = wallTimeToEpochMs(match[1], Number(match[2]) * 60 + Number(match[3]), zone);
    if (ms <= Date.now()) return setError('Pick a time in the future.');
    choose({ action: 'snooze', preset: 'until', until: toInstant(ms) });
  };

  return (
    <div
      className="snooze"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Snooze
      </button>
      {open && (
        <div className="snooze-menu" id={menuId} role="group" aria-label="Snooze until">
          <button type="button" className="menu-item" autoFocus onClick={() => choose({ action: 'snooze', preset: 'hour' })}>
            For 1 hour
          </button>
          <button type="button" className="menu-item" onClick={() => choose({ action: 'snooze', preset: 'tomorrow' })}>
            Tomorrow at 09:00
          </button>
          {!picking ? (
            <button
              type="button"
              className="menu-item"
              onClick={() => {
                setPicking(true);
                setValue(localInputValue(Date.now() + 24 * MS_PER_HOUR, zone));
              }}
            >
              Pick a time…
            </button>
          ) : (
            <div className="snooze-pick">
              <label className="field compact">
                Snooze until ({zone})
                <input type="datetime-local" value={value} autoFocus aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} onChange={(e) => setValue(e.target.value)} />
              </label>
              {error && (
                <p id={errorId} className="field-error" role="alert">
                  {error}
                </p>
              )}
              <button type="button" className="button small primary" onClick={submitPicked}>
                Snooze until then
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
