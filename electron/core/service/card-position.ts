/**
 * Where a card lands when dropped at `toIndex` among `others` (the stage's other cards, in order):
 * a number between its new neighbours, so a move rewrites one record. Returns null when the
 * neighbours are too close to split (after very many moves into one slot) — then renumber.
 */
export function positionBetween(others: readonly { position: number }[], toIndex: number): number | null {
  const index = Math.max(0, Math.min(toIndex, others.length));
  const before = others[index - 1]?.position;
  const after = others[index]?.position;
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  const middle = (before + after) / 2;
  return middle > before && middle < after ? middle : null;
}
