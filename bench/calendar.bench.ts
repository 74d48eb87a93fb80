import { CalDavConnection } from '../electron/core/calendar/caldav';
import { indexApplications, matchEvent } from '../shared/calendar/match-event';
import { parseIcs } from '../shared/calendar/parse-ics';
import type { Application } from '../shared/domain';
import { radicaleAvailable, startRadicale, type RadicaleServer } from '../test/support/radicale';

/**
 * Calendar benchmarks:
 * - `calendar.unchanged_poll_scaling`: one poll of an unchanged CalDAV calendar (a real Radicale,
 *   started here) with 5,000 events ÷ the same with 50, wall time. Target ≤ 2: an unchanged
 *   calendar is one Depth-0 ctag PROPFIND whatever its size — but Radicale computes that ctag by
 *   hashing every item, so its own time grows with the calendar;
 *   `calendar.unchanged_poll_client_cpu_scaling` is this process's CPU for the same poll.
 * - `calendar.feed_parse_5k_ms`: parse a 5,000-event ICS feed (one in five repeating weekly, with
 *   exceptions and overrides) and match every occurrence against 500 applications, ms (median).
 */

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const RUNS = 15;
const WARM_UPS = 3;
const ZONES = ['America/New_York', 'Europe/Berlin', 'W. Europe Standard Time', 'Asia/Kolkata', 'Australia/Lord_Howe'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, '');

function vevent(i: number): string {
  const start = stamp(NOW + ((i * 7919) % (120 * 24)) * 3_600_000 - 10 * 86_400_000);
  const zone = ZONES[i % ZONES.length]!;
  const lines = [
    'BEGIN:VEVENT',
    `UID:event-${i}@bench.example`,
    'DTSTAMP:20261130T120000Z',
    `DTSTART;TZID=${zone}:${start}`,
    `DURATION:PT${30 + (i % 4) * 15}M`,
    `SUMMARY:${i % 50 === 0 ? `Interview with Company ${i % 500}` : `Meeting ${i}`}`,
    `ORGANIZER;CN=Person ${i}:mailto:person${i}@org${i % 700}.example`,
    `ATTENDEE;CN=Guest:mailto:guest${i}@gmail.com`,
    `DESCRIPTION:Agenda for meeting ${i}. https://zoom.us/j/${100000 + i}`,
  ];
  if (i % 5 === 0) lines.push('RRULE:FREQ=WEEKLY;COUNT=20', `EXDATE;TZID=${zone}:${stamp(Date.parse(`${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}T${start.slice(9, 11)}:${start.slice(11, 13)}:00Z`) + 7 * 86_400_000)}`);
  lines.push('END:VEVENT');
  return lines.join('\r\n');
}

export function feed(count: number): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearback bench//EN', ...Array.from({ length: count }, (_, i) => vevent(i)), 'END:VCALENDAR', ''].join('\r\n');
}

export function applications(count: number): Application[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    company: `Company ${i}`,
    role: 'Engineer',
    jobUrl: `https://org${i}.example/jobs/${i}`,
    location: '',
    salary: null,
    source: '',
    notes: '',
    tags: [],
    fitLine: '',
    contacts: [{ id: `c${i}`, name: `Contact ${i}`, title: '', email: `contact${i}@org${i}.example`, phone: '', notes: '' }],
    stageId: 'applied',
    position: i,
    stageReachedAt: {},
    archived: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  }));
}

function parseAndMatch(text: string, apps: Application[]): number {
  const parsed = parseIcs(text, { fallbackZone: 'Europe/Berlin', windowStartMs: NOW - 14 * 86_400_000, windowEndMs: NOW + 366 * 86_400_000 });
  if (!parsed.ok) throw new Error(parsed.message);
  const index = indexApplications(apps);
  let matched = 0;
  for (const event of parsed.events) if (matchEvent(event, index, NOW).kind === 'match') matched++;
  return matched;
}

/** Uploads `count` events as one collection (Radicale splits a PUT calendar into its items). */
async function calendarWith(radicale: RadicaleServer, slug: string, count: number): Promise<string> {
  const url = `${radicale.url}${radicale.username}/${slug}/`;
  const res = await fetch(url, { method: 'PUT', headers: { authorization: radicale.auth, 'content-type': 'text/calendar' }, body: feed(count).replace(/RRULE:[^\r]*\r\n|EXDATE[^\r]*\r\n/g, '') });
  if (res.status >= 300) throw new Error(`PUT ${slug}: ${res.status} ${await res.text()}`);
  await res.body?.cancel();
  return url;
}

/** Median wall time (server included) and this process's CPU time of one unchanged poll, ms. */
async function unchangedPoll(radicale: RadicaleServer, calendarUrl: string): Promise<{ wallMs: number; cpuMs: number }> {
  const connection = new CalDavConnection({ serverUrl: radicale.url, username: radicale.username, password: radicale.password });
  const first = await connection.read(calendarUrl, null);
  if (first.kind !== 'changed') throw new Error(`first read: ${JSON.stringify(first)}`);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const again = await connection.read(calendarUrl, first.ctag);
    const used = process.cpuUsage(cpuStart);
    const elapsed = performance.now() - started;
    if (again.kind !== 'unchanged') throw new Error('the calendar changed during the bench');
    if (i >= WARM_UPS) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const text = feed(5000);
  const apps = applications(500);
  for (let i = 0; i < WARM_UPS; i++) parseAndMatch(text, apps);
  const parseTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    parseAndMatch(text, apps);
    parseTimes.push(performance.now() - started);
  }
  figures['calendar.feed_parse_5k_ms'] = Math.round(median(parseTimes));

  if (!radicaleAvailable()) {
    console.warn('radicale is not installed: calendar.unchanged_poll_scaling not measured');
    return figures;
  }
  const radicale = await startRadicale();
  try {
    const small = await calendarWith(radicale, 'small', 50);
    const big = await calendarWith(radicale, 'big', 5000);
    const fifty = await unchangedPoll(radicale, small);
    const fiveK = await unchangedPoll(radicale, big);
    figures['calendar.unchanged_poll_50_ms'] = Number(fifty.wallMs.toFixed(2));
    figures['calendar.unchanged_poll_5k_ms'] = Number(fiveK.wallMs.toFixed(2));
    // Wall time, the server included: Radicale hashes every item to answer the ctag (its cost, not ours).
    figures['calendar.unchanged_poll_scaling'] = Number((fiveK.wallMs / fifty.wallMs).toFixed(3));
    // Hearback's own side of the same poll: one Depth-0 PROPFIND, the same answer size.
    figures['calendar.unchanged_poll_client_cpu_scaling'] = Number((fiveK.cpuMs / fifty.cpuMs).toFixed(3));
  } finally {
    await radicale.stop();
  }
  return figures;
}
