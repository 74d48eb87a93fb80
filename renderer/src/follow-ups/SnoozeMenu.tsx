import { useEffect, useId, useRef, useState } from 'react';
import type { FollowUpAction } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { currentDueMs, defaultPickTimeMs, presetTimeMs, epochMsToWallTime, snoozePresetsFor, toInstant, wallTimeToEpochMs, type SnoozePresetName } from '../../../shared/followup';
import { formatInstant } from './format-time';
import type { ActOutcome } from './useFollowUpAct';

type Snooze = Extract<FollowUpAction, { action: 'snooze' }>;

/** "YYYY-MM-DDTHH:MM" for a datetime-local input, in `zone`. */
function localInputValue(epochMs: number, zone: string): string {
  const wall = epochMsToWallTime(epochMs, zone);
  const hh = String(Math.floor(wall.minutes / 60)).padStart(2, '0');
  const mm = String(wall.minutes % 60).padStart(2, '0');
  return `${wall.date}T${hh}:${mm}`;
}

/** The menu item for a preset; postponing says where it moves the reminder to. */
function presetLabel(preset: Exclude<SnoozePresetName, 'until'>, nowMs: number, dueMs: number, zone: string): string {
  if (preset === 'hour') return 'For 1 hour';
  if (preset === 'tomorrow') return 'Tomorrow at 09:00';
  const to = formatInstant(toInstant(presetTimeMs(preset, nowMs, dueMs, zone)), zone);
  return `Postpone ${preset === 'dayAfterDue' ? '1 day' : '1 week'} (to ${to})`;
}

/** The floor named in the core's `act.beforePromise` issue, for people; "after it" when it names none. */
function waitsUntil(issueMessage: string, zone: string): string {
  const instant = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/.exec(issueMessage)?.[0];
  return instant ? formatInstant(instant, zone) : 'after it';
}

/**
 * The Snooze button and its menu (shared/followup/LIFECYCLE.md rule 2): a reminder already due
 * offers one hour or tomorrow 09:00; one not yet due offers postponing it from its due time. "Pick a
 * time…" starts at a sensible time; a picked time before the promise is explained and needs a
 * second click.
 */
export function SnoozeMenu({ followUp, zone, disabled, onSnooze }: { followUp: FollowUp; zone: string; disabled?: boolean; onSnooze: (act: Snooze) => Promise<ActOutcome> }) {
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [beforePromise, setBeforePromise] = useState<string | null>(null);
  const [openedAt, setOpenedAt] = useState(() => Date.now());
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

  const dueMs = currentDueMs(followUp, openedAt);
  const notDueYet = dueMs > openedAt;
  const close = () => {
    setOpen(false);
    setPicking(false);
    setError(null);
    setBeforePromise(null);
    trigger.current?.focus();
  };
  const choose = async (act: Snooze) => {
    const outcome = await onSnooze(act);
    if (outcome.ok) return close();
    if (outcome.issue?.path === 'act.beforePromise') setBeforePromise(outcome.issue.message);
  };
  const picked = (): number | null => {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
    if (!match?.[1]) {
      setError('Pick a date and time.');
      return null;
    }
    const ms = wallTimeToEpochMs(match[1], Number(match[2]) * 60 + Number(match[3]), zone);
    if (ms <= Date.now()) {
      setError('Pick a time in the future.');
      return null;
    }
    return ms;
  };
  const submitPicked = (confirmed: boolean) => {
    const ms = picked();
    if (ms !== null) void choose({ action: 'snooze', preset: 'until', until: toInstant(ms), ...(confirmed ? { beforePromise: true as const } : {}) });
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
        onClick={() => {
          if (open) return close();
          setOpenedAt(Date.now());
          setOpen(true);
        }}
      >
        Snooze
      </button>
      {open && (
        <div className="snooze-menu" id={menuId} role="group" aria-label={notDueYet ? `Postpone from ${formatInstant(toInstant(dueMs), zone)}` : 'Snooze until'}>
          {snoozePresetsFor(dueMs, openedAt).map((preset, index) => (
            <button key={preset} type="button" className="menu-item" autoFocus={index === 0} disabled={disabled} onClick={() => void choose({ action: 'snooze', preset })}>
              {presetLabel(preset, openedAt, dueMs, zone)}
            </button>
          ))}
          {!picking ? (
            <button
              type="button"
              className="menu-item"
              onClick={() => {
                setPicking(true);
                setValue(localInputValue(defaultPickTimeMs({ now: toInstant(Date.now()), dueMs, zone }), zone));
              }}
            >
              Pick a time…
            </button>
          ) : (
            <div className="snooze-pick">
              <label className="field compact">
                {notDueYet ? 'Remind me at' : 'Snooze until'} ({zone})
                <input
                  type="datetime-local"
                  value={value}
                  autoFocus
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(e) => {
                    setValue(e.target.value);
                    setError(null);
                    setBeforePromise(null);
                  }}
                />
              </label>
              {error && (
                <p id={errorId} className="field-error" role="alert">
                  {error}
                </p>
              )}
              {beforePromise ? (
                <>
                  <p className="field-warning" role="alert">
                    This is before the promised date: check-ins wait until {waitsUntil(beforePromise, zone)}. Remind you at the time you picked anyway?
                  </p>
                  <button type="button" className="button small" autoFocus disabled={disabled} onClick={() => submitPicked(true)}>
                    Remind me before the promise
                  </button>
                </>
              ) : (
                <button type="button" className="button small primary" disabled={disabled} onClick={() => submitPicked(false)}>
                  {notDueYet ? 'Remind me then' : 'Snooze until then'}
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
