import type { ExportResult } from '../../../shared/contract/methods/data';

/**
 * Where an export goes — the one thing that differs between the desktop app (a save dialog, then
 * the chosen file) and browser mode (a temporary file offered as a download). `write` streams
 * the export into the given sink and resolves with the bytes written.
 */
export interface ExportTarget {
  save(args: { fileName: string; contentType: string; write: (sink: NodeJS.WritableStream) => Promise<number> }): Promise<ExportResult>;
}
