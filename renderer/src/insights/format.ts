/** A rate (0–1) as a whole percentage, or an em dash when there is nothing to measure. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** Days with at most one decimal ("4.5"), or an em dash. */
export function days(value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
