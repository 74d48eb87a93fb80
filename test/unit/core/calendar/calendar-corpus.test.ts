import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { parseIcs } from '../../../../shared/calendar/parse-ics';
import type { CalendarState } from '../../../../shared/contract';
import { calDavResources, checkFile, corpus, CORPUS_DIR, corpusText, createCorpusApplications, type CheckResult } from '../../../support/calendar-corpus';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { startFeedServer } from '../../../support/feed-server';
import { radicaleAvailable, startRadicale } from '../../../support/radicale';
import { sabreDavMissingReason, startSabreDav } from '../../../support/sabredav';

/**
 * The calendar corpus: real-world shapes (Google, Exchange/Outlook in German and with legacy zone
 * names, iCloud, Zoom, Teams with the link only in HTML, all-day, floating, undefined zones, a
 * personal export, two damaged files), each read the three ways a calendar arrives — dropped,
 * as a feed, and from both CalDAV servers — and checked field by field against expectations.json.
 */

const c = corpus();
const cores: Core[] = [];
afterAll(async () => {
  for (const core of cores.splice(0)) await core.close();
});

async function freshCore() {
  const core = await openTestCore({ clock: fakeClock(c.now), systemTimeZone: () => c.userZone });
  cores.push(core);
  return { core, ids: await createCorpusApplications(core, c) };
}

function total(results: CheckResult[]): CheckResult {
  return { checks: results.reduce((n, r) => n + r.checks, 0), passed: results.reduce((n, r) => n + r.passed, 0), failures: results.flatMap((r) => r.failures) };
}

const scores: string[] = [];
afterAll(() => {
  if (scores.length > 0) console.log(`calendar corpus (${c.files.length} files): ${scores.join('; ')}`);
});

describe('the calendar corpus', () => {
  it('dropped: every file, strict 100 %', async () => {
    const results: CheckResult[] = [];
    for (const file of c.files) {
      const { core, ids } = await freshCore();
      const state = await ok<CalendarState>(core, 'calendar.importFile', { fileName: file.file, text: corpusText(file.file) });
      results.push(checkFile(file, state, ids, c.userZone));
      await core.close();
    }
    const sum = total(results);
    scores.push(`dropped ${sum.passed}/${sum.checks}`);
    expect(sum.failures).toEqual([]);
  });

  it('as a feed: every file, strict 100 %', async () => {
    const server = await startFeedServer('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    try {
      const results: CheckResult[] = [];
      for (const file of c.files) {
        server.set(corpusText(file.file));
        const { core, ids } = await freshCore();
        const state = await ok<CalendarState>(core, 'calendar.addFeed', { name: file.file, url: server.url, ownNetwork: true });
        results.push(checkFile(file, state, ids, c.userZone));
        await core.close();
      }
      const sum = total(results);
      scores.push(`feed ${sum.passed}/${sum.checks}`);
      expect(sum.failures).toEqual([]);
    } finally {
      await server.close();
    }
  });

  const servers = [
    { name: 'Radicale', start: startRadicale, missing: radicaleAvailable() ? null : 'radicale is not installed' },
    { name: 'Sabre/DAV', start: startSabreDav, missing: sabreDavMissingReason() },
  ];
  for (const server of servers) {
    it.skipIf(server.missing !== null)(`on ${server.name}: every file a server stores, strict 100 %`, async () => {
      const dav = await server.start();
      try {
        const results: CheckResult[] = [];
        let refused = 0;
        for (const [n, file] of c.files.entries()) {
          const calendarUrl = await dav.makeCalendar(`corpus-${n}`, file.file);
          let stored = true;
          for (const [name, ics] of calDavResources(corpusText(file.file))) {
            try {
              await dav.put(calendarUrl, name, ics);
            } catch {
              stored = false;
            }
          }
          // A server refuses to store a damaged file, so that shape cannot arrive over CalDAV.
          if (!stored) {
            expect(file.damaged, `${server.name} refused ${file.file}`).toBe(true);
            refused++;
            continue;
          }
          const { core, ids } = await freshCore();
          const state = await ok<CalendarState>(core, 'calendar.addCalDav', { serverUrl: dav.url, username: dav.username, password: dav.password, ownNetwork: true, calendars: [{ url: calendarUrl, name: file.file }] });
          results.push(checkFile(file, state, ids, c.userZone));
          await core.close();
        }
        const sum = total(results);
        scores.push(`${server.name} ${sum.passed}/${sum.checks}${refused > 0 ? ` (${refused} damaged files refused by the server)` : ''}`);
        expect(sum.failures).toEqual([]);
      } finally {
        await dav.stop();
      }
    });
  }
});

/** Debian's python3 with python-icalendar, if installed (apt-get install -y python3-icalendar). */
const PYTHON = '/usr/bin/python3';
function pythonIcalendar(): string | null {
  try {
    execFileSync(PYTHON, ['-c', 'import icalendar'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'python-icalendar is not installed (apt-get install -y python3-icalendar)';
  }
}
const pythonMissing = pythonIcalendar();
if (pythonMissing) console.warn(`${pythonMissing}: the comparison with it is skipped`);

describe.skipIf(pythonMissing !== null)('against python-icalendar', () => {
  it('no file python-icalendar parses is refused here', () => {
    const script = 'import sys, icalendar\nfor path in sys.argv[1:]:\n    try:\n        icalendar.Calendar.from_ical(open(path, "rb").read())\n        print("ok")\n    except Exception:\n        print("refused")\n';
    const paths = c.files.map((f) => join(CORPUS_DIR, f.file));
    const theirs = execFileSync(PYTHON, ['-c', script, ...paths], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const options = { fallbackZone: c.userZone, windowStartMs: Date.parse(c.now) - 14 * 86_400_000, windowEndMs: Date.parse(c.now) + 366 * 86_400_000 };
    const refusedHere = c.files.filter((f, i) => theirs[i] === 'ok' && !parseIcs(corpusText(f.file), options).ok).map((f) => f.file);
    console.log(`calendar corpus vs python-icalendar: ${theirs.filter((t) => t === 'ok').length}/${c.files.length} parsed there; refused here but parsed there: ${refusedHere.length}`);
    expect(refusedHere).toEqual([]);
  });
});
