import { useCallback, useState } from 'react';
import type { DateRange, WorkLogPreset } from '../../../shared/worklog';
import { call, userMessage } from '../contract';
import { download } from '../data/useExport';
import { useToasts } from '../ui/toasts';

export type WorkLogFormat = 'csv' | 'report-html' | 'report-pdf';

/** `worklog.export`, then a download (browser mode) or a "Saved to …" toast (desktop). */
export function useWorkLogExport() {
  const [running, setRunning] = useState<WorkLogFormat | null>(null);
  const toasts = useToasts();
  const run = useCallback(
    async (format: WorkLogFormat, range: DateRange, preset: WorkLogPreset) => {
      setRunning(format);
      try {
        const result = await call('worklog.export', { format, range, preset });
        if (result.kind === 'download') {
          download(result.url, result.fileName);
          toasts.show({ tone: 'success', message: `Downloading ${result.fileName}.` });
        } else if (result.kind === 'saved') {
          toasts.show({ tone: 'success', message: `Saved to ${result.path}` });
        }
      } catch (error) {
        toasts.show({ tone: 'error', message: `The export failed: ${userMessage(error)} Nothing was written; try again.` });
      } finally {
        setRunning(null);
      }
    },
    [toasts],
  );
  return { running, run };
}
