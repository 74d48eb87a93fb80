import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDialogTarget } from '../../../../electron/main/export/save-dialog-target';
import { tempDir } from '../../../support/core';

const write = (text: string) => (sink: NodeJS.WritableStream) => new Promise<number>((resolve) => sink.write(text, () => resolve(text.length)));

describe('exports through the save dialog', () => {
  it('streams the export into the chosen file', async () => {
    const path = join(tempDir(), 'out.csv');
    const target = saveDialogTarget({ choosePath: async () => path, createWriteStream, removeFile: () => {} });
    expect(await target.save({ fileName: 'x.csv', contentType: 'text/csv', write: write('a,b\r\n') })).toEqual({ kind: 'saved', path, bytes: 5 });
    expect(readFileSync(path, 'utf8')).toBe('a,b\r\n');
  });

  it('writes nothing when the user cancels', async () => {
    let created = false;
    const target = saveDialogTarget({
      choosePath: async () => null,
      createWriteStream: (p) => {
        created = true;
        return createWriteStream(p);
      },
      removeFile: () => {},
    });
    expect(await target.save({ fileName: 'x.csv', contentType: 'text/csv', write: write('x') })).toEqual({ kind: 'cancelled' });
    expect(created).toBe(false);
  });

  it('removes the partial file when the export fails', async () => {
    const path = join(tempDir(), 'partial.json');
    const removed: string[] = [];
    const target = saveDialogTarget({ choosePath: async () => path, createWriteStream, removeFile: (p) => removed.push(p) });
    await expect(target.save({ fileName: 'x.json', contentType: 'application/json', write: async () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
    expect(removed).toEqual([path]);
  });
});
