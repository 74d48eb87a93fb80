import { useId } from 'react';
import { issueSentence } from '../ui/field-issues';

interface Props {
  label: string;
  hint?: string;
  type: 'number' | 'time' | 'text';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
}

/** A labelled number, time or text input with its hint and, when invalid, the contract's issue. */
export function SettingField({ label, hint, type, value, onChange, error, min, max, step, unit, maxLength, autoComplete, placeholder }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="setting-field">
      <label htmlFor={id}>{label}</label>
      <div className="setting-input">
        <input
          id={id}
          type={type}
          value={value}
          min={min}
          max={max}
          step={step}
          maxLength={maxLength}
          autoComplete={autoComplete}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit && <span className="muted">{unit}</span>}
      </div>
      {hint && (
        <p id={hintId} className="setting-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {issueSentence(label, error)}
        </p>
      )}
    </div>
  );
}
