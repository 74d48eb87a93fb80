import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import type { Application } from '../../../shared/domain';
import type { ColumnCards } from './board-model';
import { boardAnnouncements } from './drag-announcements';
import { dropTarget, isNoop } from './drop-target';

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
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_DISTANCE } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
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
