import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a `<dialog>` as a modal when mounted: focus is trapped, Escape closes it (the browser
 * fires `close`), and the page behind is inert. Nested modals stack in the top layer.
 *
 * Focus, as the hand expects it:
 * | moment   | focus                                                                          |
 * |----------|--------------------------------------------------------------------------------|
 * | open     | the element marked `data-autofocus`, else the first text field, select or text |
 * |          | area — never a link or button placed above the fields (`showModal` alone would |
 * |          | pick the first focusable element, and React does not write `autofocus`)        |
 * |          | (a drawer that shows a record rather than a form opts out: its keys are the app's)|
 * | unmount  | back to the element focused before opening, if it is still on the page and    |
 * |          | focus was left on nothing (the caller may have moved it somewhere on purpose)  |
 */
export function useModalDialog(options: { focusFirstField?: boolean } = {}): RefObject<HTMLDialogElement | null> {
  const focusFirst = options.focusFirstField ?? true;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    if (dialog && focusFirst) firstField(dialog)?.focus();
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body || !document.activeElement.isConnected;
      if (lost && opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
  return ref;
}

const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

function firstField(dialog: HTMLDialogElement): HTMLElement | null {
  return dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FIELDS);
}
