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

/**
 * Positions are unique within a stage's board (non-archived) cards. A change can bring back a
 * position that is no longer free — restoring an archived card, undoing a move, importing — so
 * every change to a card's place goes through `placeUniquely`:
 *
 * | the card's wanted position            | it gets                                             |
 * |---------------------------------------|-----------------------------------------------------|
 * | free in its stage                     | that position                                       |
 * | held by a card this change leaves as is | just after that card (halfway to the next one)    |
 * | held, and no room before the next card | after the stage's last card                        |
 *
 * Cards the change leaves as they are never move, so their order is stable; among changed cards
 * the earlier one keeps its place. Archived and deleted cards hold no position.
 */
export interface PlacedCard {
  id: string;
  stageId: string;
  position: number;
  archived: boolean;
}

/** A position in `taken` (ascending) that is free and as close after `wanted` as possible. */
export function freePosition(wanted: number, taken: readonly number[]): number {
  if (!taken.includes(wanted)) return wanted;
  const last = taken[taken.length - 1]!;
  const next = taken.find((p) => p > wanted);
  if (next === undefined) return wanted + 1;
  const middle = (wanted + next) / 2;
  return middle > wanted && middle < next ? middle : last + 1;
}

/**
 * `changed` (in order) placed among `unchanged` board cards: returns the new position of each
 * changed card that had to yield its wanted one (by id).
 */
export function placeUniquely(unchanged: Iterable<PlacedCard>, changed: readonly PlacedCard[]): Map<string, number> {
  const moved = new Map<string, number>();
  const stagesOfInterest = new Set(changed.filter((c) => !c.archived).map((c) => c.stageId));
  if (stagesOfInterest.size === 0) return moved;
  const changedIds = new Set(changed.map((c) => c.id));
  const taken = new Map<string, number[]>();
  for (const card of unchanged) {
    if (card.archived || changedIds.has(card.id) || !stagesOfInterest.has(card.stageId)) continue;
    const list = taken.get(card.stageId);
    if (list) list.push(card.position);
    else taken.set(card.stageId, [card.position]);
  }
  for (const list of taken.values()) list.sort((a, b) => a - b);
  for (const card of changed) {
    if (card.archived) continue;
    const list = taken.get(card.stageId) ?? [];
    const position = freePosition(card.position, list);
    if (position !== card.position) moved.set(card.id, position);
    const at = list.findIndex((p) => p > position);
    list.splice(at === -1 ? list.length : at, 0, position);
    taken.set(card.stageId, list);
  }
  return moved;
}
