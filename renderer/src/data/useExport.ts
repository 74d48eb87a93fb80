import { useCallback, useState } from 'react';
import type { ExportFormat } from '../../../shared/contract/methods/data';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

/** Starts a browser download of a URL the main process prepared. */
export function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export interface ExportRunner {
  /** The format being exported, if any. */
  running: ExportFormat | null;
  run(format: ExportFormat, range: { from?: string; to?: string }): Promise<void>;
}

/** `export.run`, then a download (browser mode) or a "Saved to …" toast (desktop). */
export function useExport(): ExportRunner {
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const toasts = useToasts();
  const run = useCallback(
    async (format: ExportFormat, range: { from?: string; to?: string }) => {
      setRunning(format);
      try {
        const result = await call('export.run', { format, ...(format === 'json' ? {} : range) });
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
