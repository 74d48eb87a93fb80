import { useId } from 'react';
import { allTimeZones } from './interview-time';

/** A searchable zone picker: type to filter the IANA names ("Berl" → Europe/Berlin). */
export function TimeZoneInput({ value, onChange, error, errorId }: { value: string; onChange: (zone: string) => void; error?: string; errorId: string }) {
  const listId = useId();
  const inputId = useId();
  return (
    <>
      <label htmlFor={inputId}>Time zone</label>
      <input
        id={inputId}
        list={listId}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onFocus={(e) => e.target.select()}
      />
      <datalist id={listId}>
        {allTimeZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
