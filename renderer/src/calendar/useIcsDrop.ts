import { useEffect } from 'react';
import { navigate } from '../app/useRoute';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

const isIcs = (file: File) => /\.ics$/i.test(file.name) || file.type === 'text/calendar';

/**
 * An invitation (.ics) dropped anywhere on the window — the board, an application — is read and
 * its events offered on Today under "Found in your calendar". Other drops are left alone.
 */
export function useIcsDrop(): void {
  const toasts = useToasts();
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])].filter(isIcs);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (files.length === 0) {
        toasts.show({ tone: 'warning', message: 'Only calendar invitations (.ics files) can be dropped here.' });
        return;
      }
      void importFiles(files);
    };
    const importFiles = async (files: File[]) => {
      for (const file of files) {
        try {
          await call('calendar.importFile', { fileName: file.name, text: await file.text() });
          toasts.show({ tone: 'success', message: `Read ${file.name}. Its events are on Today under “Found in your calendar”.` });
          navigate({ view: 'today' });
        } catch (error) {
          toasts.show({ tone: 'error', message: `${file.name}: ${userMessage(error)}` });
        }
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [toasts]);
}
