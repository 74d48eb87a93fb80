/** Reads a number input: an issue sentence for blank or non-numeric text, else the number. */
export function parseNumber(raw: string): { value: number } | { issue: string } {
  if (raw.trim() === '') return { issue: 'is required' };
  const value = Number(raw);
  return Number.isFinite(value) ? { value } : { issue: 'must be a number' };
}
