import type { Announcements, CollisionDetection, ScreenReaderInstructions } from '@dnd-kit/core';
import { closestCorners, pointerWithin } from '@dnd-kit/core';
import { cardName, type ColumnCards } from './board-model';
import { stageIdOfDropId } from './drop-target';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable: 'To pick up this application, press Space or Enter. Use the arrow keys to move it: left and right change column, up and down change its place. Press Space or Enter again to drop it, or Escape to cancel.',
};

/** Plain-English announcements naming the company and the column, for screen readers. */
export function boardAnnouncements(columns: () => readonly ColumnCards[]): Announcements {
  const describe = (id: string | number) => {
    const key = String(id);
    const stageId = stageIdOfDropId(key);
    for (const column of columns()) {
      if (stageId === column.stage.id) return { name: null, column: column.stage.name, index: -1, count: column.all.length };
      const index = column.all.findIndex((a) => a.id === key);
      const app = column.all[index];
      if (app) return { name: cardName(app), column: column.stage.name, index, count: column.all.length };
    }
    return null;
  };
  const where = (overId: string | number | undefined) => {
    const over = overId === undefined ? null : describe(overId);
    if (!over) return 'not over a column';
    return over.name ? `in ${over.column}, at position ${over.index + 1} of ${over.count}` : `at the end of ${over.column}`;
  };
  return {
    onDragStart({ active }) {
      const card = describe(active.id);
      return card ? `Picked up ${card.name}, in ${card.column}, position ${card.index + 1} of ${card.count}.` : undefined;
    },
    onDragOver({ active, over }) {
      return `${describe(active.id)?.name ?? 'The application'} is ${where(over?.id)}.`;
    },
    onDragEnd({ active, over }) {
      const name = describe(active.id)?.name ?? 'The application';
      return over ? `Dropped ${name} ${where(over.id)}.` : `${name} was dropped outside the board and did not move.`;
    },
    onDragCancel({ active }) {
      const card = describe(active.id);
      return card ? `Cancelled. ${card.name} stays in ${card.column}.` : 'Cancelled.';
    },
  };
}

/** How far inside the dragged card's top-left corner the keyboard "points" (px). */
const KEYBOARD_PROBE = 12;

/**
 * Cards under the pointer win over the column around them. A keyboard drag has no pointer: it
 * points just inside the moved card's top-left corner, which the arrow keys put on the target
 * card or column (a tall column would otherwise lose to the card's old place by corner distance).
 */
export const boardCollisions: CollisionDetection = (args) => {
  const pointerCoordinates = args.pointerCoordinates ?? { x: args.collisionRect.left + KEYBOARD_PROBE, y: args.collisionRect.top + KEYBOARD_PROBE };
  const within = pointerWithin({ ...args, pointerCoordinates });
  if (within.length > 0) {
    const cards = within.filter((c) => stageIdOfDropId(String(c.id)) === null);
    return cards.length > 0 ? cards : within;
  }
  return closestCorners(args);
};
