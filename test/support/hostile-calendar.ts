/**
 * Calendars built to flood a reader: `count` events repeating every second from a start inside
 * the reading window, each for 100,000 repeats (2.7 KB for 20 events). Used by the hostile-calendar
 * tests and by `calendar.hostile_block_ms`.
 */
export function secondlyCalendar(count: number, start = '20261201T090000Z'): string {
  const events = Array.from({ length: count }, (_, i) =>
    ['BEGIN:VEVENT', `UID:flood-${i}@hostile.example`, 'DTSTAMP:20261130T120000Z', `DTSTART:${start}`, 'DURATION:PT1S', 'RRULE:FREQ=SECONDLY;COUNT=100000', `SUMMARY:Tick ${i}`, 'END:VEVENT'].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hostile//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

/**
 * The longest time a call waits while `during` runs: a cheap call is sent every `everyMs` and
 * its wait (meant to send → answer) recorded. This is what a user feels; the parse's own time is not asserted.
 */
export async function longestWait(call: () => Promise<unknown>, during: Promise<unknown>, everyMs = 10): Promise<{ longestMs: number; calls: number }> {
  let done = false;
  let longestMs = 0;
  let calls = 0;
  const watching = (async () => {
    while (!done) {
      // Counted from when the caller meant to send: a blocked event loop delays the send itself.
      const meant = performance.now() + everyMs;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      await call();
      calls++;
      longestMs = Math.max(longestMs, performance.now() - meant);
    }
  })();
  try {
    await during;
  } finally {
    done = true;
    await watching;
  }
  return { longestMs, calls };
}
