/** A count out of a total, with the rate (null when the total is 0, so the UI says "no data"). */
export interface Ratio {
  count: number;
  total: number;
  rate: number | null;
}

export function ratio(count: number, total: number): Ratio {
  return { count, total, rate: total === 0 ? null : count / total };
}

/** Median of numbers, null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Inclusive instant range; null bounds are open. */
export interface InstantRange {
  from: string | null;
  to: string | null;
}

export function inRange(instant: string, range: InstantRange): boolean {
  const t = Date.parse(instant);
  return (range.from === null || t >= Date.parse(range.from)) && (range.to === null || t <= Date.parse(range.to));
}
