import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Resolver } from '../../../../electron/core/net/address-rule';
import type { CalendarState } from '../../../../shared/contract';
import { fakeClock, ok, openTestCore } from '../../../support/core';

/** A check that throws where nothing expected it (a library's own error): that source fails, the app goes on. The fetch is faked: nothing is sent to the address the name resolves to. */
const publicAddress: Resolver = (_name, callback) => callback(null, [{ address: '93.184.215.14', family: 4 }]);
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

describe('one check failing unexpectedly', () => {
  it('becomes that source’s problem: no rejection reaches the caller or the process, and the next check works again', async () => {
    let throwing = true;
    const feed = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a@example.com', 'DTSTAMP:20261130T120000Z', 'DTSTART:20261208T140000Z', 'SUMMARY:Interview', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const core = await openTestCore({
      clock: fakeClock('2026-12-01T12:00:00.000Z'),
      calendar: {
        resolve: publicAddress,
        fetch: () =>
          throwing ? Promise.reject(Object.assign(new Error('The expression evaluated to a falsy value'), { code: 'ERR_ASSERTION' })) : Promise.resolve({ kind: 'changed', text: feed, validators: { etag: null, lastModified: null } }),
      },
    });
    cores.push(core);
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const state = await ok<CalendarState>(core, 'calendar.addFeed', { name: 'Work', url: 'https://calendar.example.com/basic.ics' });
      expect(state.sources).toMatchObject([{ state: 'failing', problem: 'network', eventCount: 0 }]);
      const again = await ok<CalendarState>(core, 'calendar.refresh', { id: null });
      expect(again.sources).toMatchObject([{ state: 'failing', problem: 'network' }]);
      throwing = false;
      const fixed = await ok<CalendarState>(core, 'calendar.refresh', { id: null });
      expect(fixed.sources).toMatchObject([{ state: 'ok', problem: null, eventCount: 1 }]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});
