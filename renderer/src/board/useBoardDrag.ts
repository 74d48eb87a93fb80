import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import type { Application } from '../../../shared/domain';
import type { ColumnCards } from './board-model';
import { boardAnnouncements } from './drag-announcements';
import { columnDropId, dropTarget, isNoop, stageIdOfDropId } from './drop-target';

/** Pointer moves shorter than this (px) stay clicks. */
const DRAG_DISTANCE = 6;

/**
 * Everything DndContext needs for the board: sensors (pointer, keyboard), announcements that
 * name the card and the column, and the drop that turns into one `applications.move`.
 */
export function useBoardDrag(columns: readonly ColumnCards[], move: (app: Application, stageId: string, toIndex: number) => void) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useRef(columns);
  latest.current = columns;
  const coordinateGetter = useMemo(() => columnJumpCoordinates(() => latest.current), []);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE } }), useSensor(KeyboardSensor, { coordinateGetter }));
  const announcements = useMemo(() => boardAnnouncements(() => latest.current), []);
  const activeApp = activeId === null ? null : (columns.flatMap((c) => c.all).find((a) => a.id === activeId) ?? null);

  return {
    sensors,
    announcements,
    activeId,
    activeApp,
    onDragStart: (event: DragStartEvent) => setActiveId(String(event.active.id)),
    onDragCancel: () => setActiveId(null),
    onDragEnd: (event: DragEndEvent) => {
      setActiveId(null);
      const id = String(event.active.id);
      if (!event.over) return;
      const target = dropTarget(latest.current, id, String(event.over.id));
      const app = latest.current.flatMap((c) => c.all).find((a) => a.id === id);
      if (!target || !app || isNoop(latest.current, id, target)) return;
      move(app, target.stageId, target.toIndex);
    },
  };
}

/**
 * Left and right move a card to the neighbouring column, decided from the board's own order
 * (dnd-kit's default picks the "closest" rect to that side, which in a tall column can be a card
 * of the same column). Up and down reorder within the column as usual.
 */
function columnJumpCoordinates(columns: () => readonly ColumnCards[]): KeyboardCoordinateGetter {
  return (event, args) => {
    if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return sortableKeyboardCoordinates(event, args);
    const { active, over, droppableRects } = args.context;
    const list = columns();
    const stageOf = (id: string | number | undefined) => {
      if (id === undefined) return null;
      const key = String(id);
      return stageIdOfDropId(key) ?? list.find((c) => c.all.some((a) => a.id === key))?.stage.id ?? null;
    };
    const current = stageOf(over?.id) ?? stageOf(active?.id);
    const index = list.findIndex((c) => c.stage.id === current);
    const next = list[index + (event.code === 'ArrowRight' ? 1 : -1)];
    const rect = next ? droppableRects.get(columnDropId(next.stage.id)) : undefined;
    event.preventDefault();
    if (!rect) return args.currentCoordinates;
    return { x: rect.left + 8, y: rect.top + 8 };
  };
}
