/**
 * A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): a wall-clock time in
 * milliseconds plus a counter, so that every stamp a computer issues is later than every stamp it
 * issued or saw before, even when its wall clock goes back or lags another computer's.
 *
 * | event                          | new (ms, counter)                                                     |
 * |--------------------------------|-----------------------------------------------------------------------|
 * | issue (a local change)         | ms = max(last.ms, wall); counter = last.counter + 1 if ms = last.ms else 0 |
 * | observe a remote stamp r       | ms = max(last.ms, r.ms, wall); counter = 1 + the largest counter among last and r whose ms equals the new ms, else 0 |
 * | a remote stamp far ahead of the wall clock | still observed: refusing it would stop that edit from ever winning; later local stamps then run ahead as far as the fastest computer's clock |
 * | order of two stamps            | by ms, then counter; equal stamps are ordered by device id (stampOrder) |
 *
 * A stamp is text `<15-digit ms>-<6-digit counter>`, so text order is time order (CouchDB ids and
 * map keys sort it right).
 */

const MS_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const STAMP = /^(\d{15})-(\d{6})$/;

export interface HlcTime {
  ms: number;
  counter: number;
}

export function formatHlc(time: HlcTime): string {
  return `${String(time.ms).padStart(MS_DIGITS, '0')}-${String(time.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function parseHlc(stamp: string): HlcTime | null {
  const match = STAMP.exec(stamp);
  if (!match) return null;
  return { ms: Number(match[1]), counter: Number(match[2]) };
}

/** A field's stamp: when (HLC) and which computer. */
export interface Stamp {
  hlc: string;
  device: string;
}

/** Total order of stamps: later HLC first decides, then the device id (so every computer picks the same). */
export function stampOrder(a: Stamp, b: Stamp): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.device !== b.device) return a.device < b.device ? -1 : 1;
  return 0;
}

export class HybridClock {
  private last: HlcTime = { ms: 0, counter: 0 };

  constructor(private readonly wall: () => number) {}

  /** A new stamp for a local change: later than everything issued or observed here. */
  issue(): string {
    const wall = Math.floor(this.wall());
    const ms = Math.max(this.last.ms, wall);
    const counter = ms === this.last.ms ? this.last.counter + 1 : 0;
    this.last = bump(ms, counter);
    return formatHlc(this.last);
  }

  /** Takes in a stamp seen on a remote change, so later local stamps come after it. */
  observe(stamp: string): void {
    const remote = parseHlc(stamp);
    if (!remote) return;
    const wall = Math.floor(this.wall());
    const ms = Math.max(this.last.ms, remote.ms, wall);
    let counter = 0;
    if (ms === this.last.ms && ms === remote.ms) counter = Math.max(this.last.counter, remote.counter) + 1;
    else if (ms === this.last.ms) counter = this.last.counter + 1;
    else if (ms === remote.ms) counter = remote.counter + 1;
    this.last = bump(ms, counter);
  }

  get current(): string {
    return formatHlc(this.last);
  }
}

/** A counter that would overflow its digits moves the time on by one millisecond instead. */
function bump(ms: number, counter: number): HlcTime {
  return counter > MAX_COUNTER ? { ms: ms + 1, counter: 0 } : { ms, counter };
}
