import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a `<dialog>` as a modal when mounted: focus is trapped, Escape closes it (the browser
 * fires `close`), and the page behind is inert. Nested modals stack in the top layer.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
