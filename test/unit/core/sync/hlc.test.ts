import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, parseHlc, stampOrder } from '../../../../electron/core/sync/engine/hlc';

/** The rules table of hlc.ts, as properties over any wall clock (going back, standing still, jumping). */
const wallSteps = fc.array(fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.constant(0)), { minLength: 1, maxLength: 60 });
const remoteStamp = fc.record({ ms: fc.integer({ min: 0, max: 2 ** 45 }), counter: fc.integer({ min: 0, max: 999_999 }) }).map(formatHlc);

describe('hybrid logical clock', () => {
  it('text order is time order, and a stamp reads back as written', () => {
    fc.assert(
      fc.property(remoteStamp, remoteStamp, (a, b) => {
        const pa = parseHlc(a)!;
        const pb = parseHlc(b)!;
        expect(formatHlc(pa)).toBe(a);
        const numeric = pa.ms - pb.ms || pa.counter - pb.counter;
        expect(Math.sign(numeric)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('every issued stamp is later than all stamps issued or observed before, whatever the wall clock does', () => {
    fc.assert(
      fc.property(wallSteps, fc.array(fc.option(remoteStamp), { maxLength: 60 }), (steps, remotes) => {
        let wall = 1_700_000_000_000;
        const clock = new HybridClock(() => wall);
        let latest = '';
        steps.forEach((step, i) => {
          wall += step;
          const remote = remotes[i];
          if (remote) {
            clock.observe(remote);
            if (remote > latest) latest = remote;
          }
          const stamp = clock.issue();
          expect(stamp > latest).toBe(true);
          latest = stamp;
        });
      }),
    );
  });

  it('follows the wall clock when it runs ahead, and refuses text that is no stamp', () => {
    let wall = 5_000;
    const clock = new HybridClock(() => wall);
    expect(clock.issue()).toBe(formatHlc({ ms: 5_000, counter: 0 }));
    expect(clock.issue()).toBe(formatHlc({ ms: 5_000, counter: 1 }));
    wall = 9_000;
    expect(clock.issue()).toBe(formatHlc({ ms: 9_000, counter: 0 }));
    expect(parseHlc('1700000000000-1')).toBeNull();
    clock.observe('not a stamp');
    expect(clock.current).toBe(formatHlc({ ms: 9_000, counter: 0 }));
  });

  it('orders equal stamps by device id, the same on every computer', () => {
    const hlc = formatHlc({ ms: 1, counter: 0 });
    expect(stampOrder({ hlc, device: 'a' }, { hlc, device: 'b' })).toBe(-1);
    expect(stampOrder({ hlc, device: 'b' }, { hlc, device: 'a' })).toBe(1);
    expect(stampOrder({ hlc: formatHlc({ ms: 2, counter: 0 }), device: 'a' }, { hlc, device: 'z' })).toBe(1);
  });
});
