import type { ColumnCards } from './board-model';

/** Droppable id of a whole column (card ids never contain ':'). */
export const columnDropId = (stageId: string): string => `stage:${stageId}`;
export const stageIdOfDropId = (id: string): string | null => (id.startsWith('stage:') ? id.slice('stage:'.length) : null);

export interface DropTarget {
  stageId: string;
  /** Index among the other cards of the target stage (what `applications.move` expects). */
  toIndex: number;
}

/**
 * Where a card dropped on `overId` (a card or a column) goes. Within its own column it takes the
 * place of the card it is over (the sortable list already shows it there); in another column it
 * goes before that card, or last when dropped on the column itself. Indexes count every card of
 * the stage, also those hidden by a filter.
 */
export function dropTarget(columns: readonly ColumnCards[], activeId: string, overId: string): DropTarget | null {
  const overStage = stageIdOfDropId(overId);
  if (overStage !== null) {
    const column = columns.find((c) => c.stage.id === overStage);
    if (!column) return null;
    return { stageId: overStage, toIndex: column.all.filter((a) => a.id !== activeId).length };
  }
  const column = columns.find((c) => c.all.some((a) => a.id === overId));
  if (!column) return null;
  // Same column: the over card's index is where the sortable list shows the active one
  // (arrayMove semantics). Other column: the active card is not in it, so this is "before".
  return { stageId: column.stage.id, toIndex: column.all.findIndex((a) => a.id === overId) };
}

/** Whether dropping there changes nothing. */
export function isNoop(columns: readonly ColumnCards[], activeId: string, target: DropTarget): boolean {
  const column = columns.find((c) => c.stage.id === target.stageId);
  const index = column?.all.findIndex((a) => a.id === activeId) ?? -1;
  return index !== -1 && index === target.toIndex;
}
