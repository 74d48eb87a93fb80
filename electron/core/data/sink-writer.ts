/**
 * Writes strings to a Node writable stream with backpressure: small pieces are gathered into
 * chunks of about {@link CHUNK_CHARS}, and a chunk the stream refuses to buffer waits for 'drain'.
 * Memory stays bounded by one chunk plus the stream's highWaterMark, however long the export.
 */

export const CHUNK_CHARS = 64 * 1024;

export interface SinkWriter {
  /**
   * Queues text. Returns a promise only when a chunk went to the stream and it asked to wait;
   * `undefined` means "go on" (saves a microtask per record on the hot path).
   */
  write(text: string): Promise<void> | undefined;
  /** Flushes what is gathered (does not end the stream). */
  flush(): Promise<void>;
  /** UTF-8 bytes handed to the stream so far. */
  readonly bytes: number;
}

export function createSinkWriter(sink: NodeJS.WritableStream): SinkWriter {
  let pending = '';
  let bytes = 0;
  let failure: unknown = null;
  const onError = (error: unknown) => {
    failure ??= error;
  };
  sink.on('error', onError);

  const push = async (text: string): Promise<void> => {
    if (failure !== null) throw failure;
    bytes += Buffer.byteLength(text, 'utf8');
    if (!sink.write(text, 'utf8')) {
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          sink.off('drain', done);
          sink.off('error', fail);
          resolve();
        };
        const fail = (error: unknown) => {
          sink.off('drain', done);
          sink.off('error', fail);
          reject(error instanceof Error ? error : new Error(String(error)));
        };
        sink.on('drain', done);
        sink.on('error', fail);
      });
    }
    if (failure !== null) throw failure;
  };

  return {
    write(text: string) {
      pending += text;
      if (pending.length < CHUNK_CHARS) return undefined;
      const chunk = pending;
      pending = '';
      return push(chunk);
    },
    async flush() {
      if (pending === '') return;
      const chunk = pending;
      pending = '';
      await push(chunk);
    },
    get bytes() {
      return bytes + Buffer.byteLength(pending, 'utf8');
    },
  };
}

/** Called with the number of records written so far (every {@link PROGRESS_EVERY} and at the end). */
export type ProgressListener = (written: number) => void;
export const PROGRESS_EVERY = 1000;

/** Summary of a finished export. */
export interface ExportStats {
  records: number;
  bytes: number;
}
