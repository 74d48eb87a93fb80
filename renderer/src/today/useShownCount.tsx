import { useState, type ReactElement } from 'react';

/**
 * How many items of a long Today group are drawn: the first {@link FIRST_SHOWN} (soonest first),
 * then "Show all" draws the rest. Drawing thousands at once (2,000 applications) took seconds, and
 * the first few are what anyone acts on next. Each group opens on its own, by its label.
 */
export const FIRST_SHOWN = 10;

/** Made once: `toLocaleString` builds a number formatter on every call, a few ms each on Today. */
const count = new Intl.NumberFormat();

export function useShownCount(): {
  shown: <T>(label: string, items: readonly T[]) => readonly T[];
  more: (label: string, total: number) => ReactElement | null;
} {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  return {
    shown: (label, items) => (opened.has(label) ? items : items.slice(0, FIRST_SHOWN)),
    more: (label, total) =>
      total > FIRST_SHOWN && !opened.has(label) ? (
        <button type="button" className="button small show-all" onClick={() => setOpened(new Set([...opened, label]))}>
          Show all {count.format(total)}
        </button>
      ) : null,
  };
}
