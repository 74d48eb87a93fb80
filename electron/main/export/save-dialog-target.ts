import type { WriteStream } from 'node:fs';
import type { ExportTarget } from '../../core';

export interface SaveDialogPorts {
  /** Asks where to save; null when the user cancels. */
  choosePath(defaultName: string): Promise<string | null>;
  createWriteStream(path: string): WriteStream;
  removeFile(path: string): void;
}

/**
 * Desktop exports: the user picks the file in the system save dialog, the main process streams
 * the export into it, and a failed export removes its partial file.
 */
export function saveDialogTarget(ports: SaveDialogPorts): ExportTarget {
  return {
    async save({ fileName, write }) {
      const path = await ports.choosePath(fileName);
      if (path === null) return { kind: 'cancelled' };
      const sink = ports.createWriteStream(path);
      try {
        const bytes = await write(sink);
        await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
        return { kind: 'saved', path, bytes };
      } catch (error) {
        sink.destroy();
        ports.removeFile(path);
        throw error;
      }
    },
  };
}
