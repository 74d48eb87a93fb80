import { useEffect } from 'react';
import { navigate } from '../app/useRoute';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

const isIcs = (file: File) => /\.ics$/i.test(file.name) || file.type === 'text/calendar';
const DROP_TARGET_CLASS = 'ics-drop-target';

/** The application under the pointer (a board card or an open application), if any. */
function applicationUnder(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-application-id]') : null;
}

/**
 * An invitation (.ics) dropped anywhere on the window is read and its events offered on Today
 * under "Found in your calendar"; dropped on a board card or an open application, that
 * application is preselected (and outlined while the file is over it). Other drops are left alone.
 */
export function useIcsDrop(): void {
  const toasts = useToasts();
  useEffect(() => {
    let highlighted: HTMLElement | null = null;
    const highlight = (element: HTMLElement | null) => {
      if (element === highlighted) return;
      highlighted?.classList.remove(DROP_TARGET_CLASS);
      element?.classList.add(DROP_TARGET_CLASS);
      highlighted = element;
    };
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      highlight(applicationUnder(event.target));
    };
    const leave = (event: DragEvent) => {
      // Leaving the window (no element to enter) ends the outline.
      if (event.relatedTarget === null) highlight(null);
    };
    const drop = (event: DragEvent) => {
      highlight(null);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])].filter(isIcs);
      if (files.length === 0) {
        toasts.show({ tone: 'warning', message: 'Only calendar invitations (.ics files) can be dropped here.' });
        return;
      }
      const on = applicationUnder(event.target);
      void importFiles(files, on?.dataset['applicationId'] ?? null, on?.dataset['applicationName'] ?? null);
    };
    const importFiles = async (files: File[], applicationId: string | null, applicationName: string | null) => {
      for (const file of files) {
        try {
          await call('calendar.importFile', { fileName: file.name, text: await file.text(), applicationId });
          const where = applicationId && applicationName ? ` for ${applicationName}` : '';
          toasts.show({ tone: 'success', message: `Read ${file.name}${where}. Its events are on Today under “Found in your calendar”.` });
          navigate({ view: 'today' });
        } catch (error) {
          toasts.show({ tone: 'error', message: `${file.name}: ${userMessage(error)}` });
        }
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      highlight(null);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [toasts]);
}
