/**
 * When the changes feed's records are taken in: a change alone goes at once (a move shows on the
 * other computer within milliseconds), a stream of them (a new computer's first pull, a reconnect
 * after offline work) is gathered into large batches, each written to the store with one durable
 * write instead of one per trickle of the feed.
 *
 * | the feed                                   | taken in                                  |
 * |--------------------------------------------|-------------------------------------------|
 * | quiet for `quietMs` after the last change  | then                                      |
 * | still delivering                           | waits, at most `maxWaitMs` after the first |
 * | `maxBatch` records gathered                | then, even while it still delivers        |
 */
export class IncomingBatch {
  private armed = false;
  private first = 0;
  private last = 0;

  constructor(
    private readonly take: () => void,
    private readonly size: () => number,
    private readonly limits = { quietMs: 10, maxWaitMs: 250, maxBatch: 1_000 },
  ) {}

  /** Changes are being gathered (not yet handed over). */
  get waiting(): boolean {
    return this.armed;
  }

  /** A change arrived. */
  changed(): void {
    this.last = performance.now();
    if (this.armed) return;
    this.armed = true;
    this.first = this.last;
    setTimeout(() => this.check(), this.limits.quietMs);
  }

  private check(): void {
    const now = performance.now();
    const quietFor = now - this.last;
    const { quietMs, maxWaitMs, maxBatch } = this.limits;
    if (quietFor < quietMs && now - this.first < maxWaitMs && this.size() < maxBatch) {
      setTimeout(() => this.check(), quietMs - quietFor);
      return;
    }
    this.armed = false;
    this.take();
  }
}
