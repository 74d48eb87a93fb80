import { PassThrough } from 'node:stream';
import type { ExportTarget } from '../../electron/core';

/** An export target that keeps the bytes in memory (`last()` is the latest export's text). */
export function memoryTarget(): ExportTarget & { last: () => string } {
  let text = '';
  return {
    last: () => text,
    async save({ fileName, write }) {
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on('data', (c: Buffer) => chunks.push(c));
      await write(sink);
      sink.end();
      text = Buffer.concat(chunks).toString('utf8');
      return { kind: 'download', url: `/memory/${fileName}`, fileName };
    },
  };
}
