import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { downloadPath } from '../../shared/contract';
import type { ExportTarget } from '../core';

/** Where browser mode's exports wait to be downloaded: inside the data folder, under its lock. */
export const EXPORTS_FOLDER = '.browser-exports';
/** Older versions kept them in the OS temp folder as `hearback-exports-XXXXXX`. */
const LEGACY_PREFIX = 'hearback-exports-';

/** How long an export stays downloadable. */
const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

interface Download {
  path: string;
  fileName: string;
  contentType: string;
  expires: number;
}

/**
 * Browser mode's exports: streamed to a file, then offered once at an unguessable
 * download URL (`downloadPath`) (the id is the capability; the page can't add headers to a download).
 *
 * The files live in `<data folder>/.browser-exports`, not the OS temp folder: only the Hearback
 * holding the data folder's lock uses it, so at start (after taking the lock) whatever is there
 * was left by a run that was killed and is removed; at exit it is removed too. Nothing of the
 * user's data is left readable in a shared temp folder.
 *
 * | leftover                                    | removed at start when                           |
 * |---------------------------------------------|-------------------------------------------------|
 * | `<data folder>/.browser-exports`            | always (we hold the lock: no live owner)        |
 * | `<tmp>/hearback-exports-*` (older versions) | ours, and nothing in it changed for longer than a download lives (a live older version's offers would have expired anyway) |
 */
export class DownloadRegistry {
  private readonly dir: string;
  private readonly downloads = new Map<string, Download>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, EXPORTS_FOLDER);
  }

  /** Call once the data folder is locked (the core is open). Returns how many folders were removed. */
  removeLeftovers(tempRoot: string = tmpdir(), now: number = Date.now()): number {
    let removed = 0;
    try {
      lstatSync(this.dir);
      rmSync(this.dir, { recursive: true, force: true });
      removed++;
    } catch {
      // None left.
    }
    let names: string[] = [];
    try {
      names = readdirSync(tempRoot);
    } catch {
      // No temp folder to look in: nothing an older version can have left there.
    }
    for (const name of names) {
      if (!name.startsWith(LEGACY_PREFIX)) continue;
      const path = join(tempRoot, name);
      if (isAbandoned(path, now)) {
        rmSync(path, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }

  readonly target: ExportTarget = {
    save: async ({ fileName, contentType, write }) => {
      const id = randomBytes(18).toString('base64url');
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const path = join(this.dir, id);
      const sink = createWriteStream(path, { mode: 0o600 });
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

/** An older version's export folder that is ours and has not changed for longer than a download lives. */
function isAbandoned(path: string, now: number): boolean {
  try {
    const stat = lstatSync(path);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) return false;
    if (now - stat.mtimeMs < DOWNLOAD_TTL_MS) return false;
    return readdirSync(path).every((name) => now - lstatSync(join(path, name)).mtimeMs >= DOWNLOAD_TTL_MS);
  } catch {
    return false;
  }
}
