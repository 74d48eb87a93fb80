import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { downloadPath } from '../../shared/contract';
import type { ExportTarget } from '../core';

/** How long an export stays downloadable. */
const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

interface Download {
  path: string;
  fileName: string;
  contentType: string;
  expires: number;
}

/**
 * Browser mode's exports: streamed to a temporary file, then offered once at an unguessable
 * download URL (`downloadPath`) (the id is the capability; the page can't add headers to a download).
 */
export class DownloadRegistry {
  private readonly dir = mkdtempSync(join(tmpdir(), 'hearback-exports-'));
  private readonly downloads = new Map<string, Download>();

  readonly target: ExportTarget = {
    save: async ({ fileName, contentType, write }) => {
      const id = randomBytes(18).toString('base64url');
      const path = join(this.dir, id);
      const sink = createWriteStream(path);
      try {
        await write(sink);
        await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
      } catch (error) {
        sink.destroy();
        rmSync(path, { force: true });
        throw error;
      }
      this.downloads.set(id, { path, fileName, contentType, expires: Date.now() + DOWNLOAD_TTL_MS });
      return { kind: 'download', url: downloadPath(id), fileName };
    },
  };

  /** Streams a download and forgets it. Returns false when the id is unknown or expired. */
  serve(id: string, res: ServerResponse, headers: Record<string, string>): boolean {
    const download = this.downloads.get(id);
    this.downloads.delete(id);
    if (!download || download.expires < Date.now()) return false;
    res.writeHead(200, {
      ...headers,
      'Content-Type': download.contentType,
      'Content-Disposition': `attachment; filename="${download.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    });
    createReadStream(download.path)
      .on('close', () => rmSync(download.path, { force: true }))
      .pipe(res);
    return true;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
