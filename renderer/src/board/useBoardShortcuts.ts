import { useEffect, useRef } from 'react';
import { useToasts } from '../ui/toasts';
import { undoLatest } from '../ui/undo';

/**
 * Whether a key press belongs to a text field or a dialog (a form, the composer), not to the app.
 * The application side panel is a dialog too, but it shows the app's data: its keys go to the app.
 */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog[open]:not(.drawer)')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * App-wide keys: N (or Ctrl/Cmd+N) opens quick add; Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z
 * (or Ctrl+Y) redoes the last change — unless the user is typing, where the field's own undo wins.
 */
export function useBoardShortcuts(onNewApplication: () => void): void {
  const toasts = useToasts();
  const onNew = useRef(onNewApplication);
  onNew.current = onNewApplication;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTyping(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        onNew.current();
      } else if (mod && key === 'z') {
        event.preventDefault();
        void undoLatest(toasts.show, event.shiftKey);
      } else if (event.ctrlKey && !event.metaKey && key === 'y') {
        event.preventDefault();
        void undoLatest(toasts.show, true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts]);
}
