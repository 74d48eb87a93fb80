import { CalDavConnection } from '../electron/core/calendar/caldav';
import { indexApplications, matchEvent } from '../shared/calendar/match-event';
import { parseIcs } from '../shared/calendar/parse-ics';
import type { Application } from '../shared/domain';
import type { CalDavTestServer } from '../test/support/caldav-server';
import { fakeClock, openTestCore, tempDir } from '../test/support/core';
import { longestWait, secondlyCalendar } from '../test/support/hostile-calendar';
import { radicaleAvailable, startRadicale } from '../test/support/radicale';
import { sabreDavMissingReason, startSabreDav } from '../test/support/sabredav';

/**
 * Calendar benchmarks:
 * - `calendar.unchanged_poll_scaling`: one poll of an unchanged CalDAV calendar with 5,000 events ÷
 *   the same with 50, wall time, against a real Sabre/DAV started here (it keeps each calendar's
 *   ctag as a stored counter, as Nextcloud, Baïkal, iCloud and Fastmail do). Target ≤ 2: an
 *   unchanged calendar is one Depth-0 ctag PROPFIND whatever its size.
 *   `calendar.unchanged_poll_client_cpu_scaling` is this process's CPU for the same poll.
 * - `calendar.unchanged_poll_scaling_radicale`: the same poll against a real Radicale, which
 *   recomputes its ctag (and its sync-token) by hashing every item on each ask — the growth is the
 *   server's; `calendar.unchanged_poll_client_cpu_scaling_radicale` is Hearback's side of it.
 * - `calendar.hostile_block_ms`: the longest time another call (`workspace.get`, sent every 10 ms)
 *   waits while a 100-event `FREQ=SECONDLY` file is dropped on the real core, ms (median of 3
 *   drops, each on a fresh core). Target ≤ 100. `calendar.hostile_block_with_applications_ms`: the
 *   same with 20 applications in the store (then Today's candidates are computed over the file's
 *   10,000 occurrences too, as for a user who has applications).
 * - `calendar.feed_parse_5k_ms`: parse a 5,000-event ICS feed (one in five repeating weekly, with
 *   exceptions and overrides) and match every occurrence against 500 applications, ms (median).
 */

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const RUNS = 15;
const WARM_UPS = 3;
const ZONES = ['America/New_York', 'Europe/Berlin', 'W. Europe Standard Time', 'Asia/Kolkata', 'Australia/Lord_Howe'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');

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

/** A new calendar with `count` events (without repeats). */
function calendarWith(server: CalDavTestServer, slug: string, count: number): Promise<string> {
  return server.seedCalendar(
    slug,
    Array.from({ length: count }, (_, i) => vevent(i).replace(/RRULE:[^\r]*\r\n|EXDATE[^\r]*\r\n/g, '')),
  );
}

/** Median wall time (server included) and this process's CPU time of one unchanged poll, ms. */
async function unchangedPoll(server: CalDavTestServer, calendarUrl: string): Promise<{ wallMs: number; cpuMs: number }> {
  // The bench's servers run on loopback: connected with the user's "on my own network" choice.
  // The first full read of 5,000 events is setup, not the figure: it may take Radicale minutes on a busy machine.
  const connection = new CalDavConnection({ serverUrl: server.url, username: server.username, password: server.password }, 20 * 60_000, { reach: 'own-network' });
  const first = await connection.read(calendarUrl, null);
  if (first.kind !== 'changed') throw new Error(`first read: ${JSON.stringify(first)}`);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const again = await connection.read(calendarUrl, first.snapshot);
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

/** The unchanged poll with 50 and with 5,000 events on one server: wall ms each, and the ratios. */
async function pollScaling(start: () => Promise<CalDavTestServer>): Promise<{ fifty: number; fiveK: number; wall: number; cpu: number }> {
  const server = await start();
  try {
    const small = await calendarWith(server, 'small', 50);
    const big = await calendarWith(server, 'big', 5000);
    const fifty = await unchangedPoll(server, small);
    const fiveK = await unchangedPoll(server, big);
    return { fifty: Number(fifty.wallMs.toFixed(2)), fiveK: Number(fiveK.wallMs.toFixed(2)), wall: Number((fiveK.wallMs / fifty.wallMs).toFixed(3)), cpu: Number((fiveK.cpuMs / fifty.cpuMs).toFixed(3)) };
  } finally {
    await server.stop();
  }
}

/** One hostile drop on a fresh core holding `applications` applications: the longest wait of another call, ms. */
async function hostileDrop(applications = 0): Promise<number> {
  const core = await openTestCore({ dataDir: tempDir('hearback-bench-'), clock: fakeClock('2026-12-01T12:00:00.000Z') });
  try {
    for (let i = 0; i < applications; i++) {
      const made = await core.dispatch('applications.create', { company: `Company ${i}`, role: 'Engineer', jobUrl: `https://org${i}.example/jobs/${i}` });
      if (!made.ok) throw new Error(made.error.message);
    }
    const drop = core.dispatch('calendar.importFile', { fileName: 'flood.ics', text: secondlyCalendar(100) });
    const { longestMs } = await longestWait(() => core.dispatch('workspace.get', {}), drop);
    const envelope = await drop;
    if (!envelope.ok) throw new Error(`the hostile drop failed: ${envelope.error.message}`);
    return longestMs;
  } finally {
    await core.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const blocks: number[] = [];
  for (let i = 0; i < 3; i++) blocks.push(await hostileDrop());
  figures['calendar.hostile_block_ms'] = Math.round(median(blocks));
  blocks.length = 0;
  for (let i = 0; i < 3; i++) blocks.push(await hostileDrop(20));
  figures['calendar.hostile_block_with_applications_ms'] = Math.round(median(blocks));

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

  // The poll against a server that keeps its ctag (Sabre/DAV — the engine of Nextcloud and
  // Baïkal —, like iCloud and Fastmail): Hearback's poll plus a constant-time answer.
  const sabreMissing = sabreDavMissingReason();
  if (sabreMissing) {
    console.warn(`${sabreMissing}: calendar.unchanged_poll_scaling not measured`);
  } else {
    const sabre = await pollScaling(startSabreDav);
    figures['calendar.unchanged_poll_50_ms'] = sabre.fifty;
    figures['calendar.unchanged_poll_5k_ms'] = sabre.fiveK;
    figures['calendar.unchanged_poll_scaling'] = sabre.wall;
    // Hearback's own side of the same poll: one Depth-0 PROPFIND, the same answer size.
    figures['calendar.unchanged_poll_client_cpu_scaling'] = sabre.cpu;
  }
  // The same poll against Radicale, which computes its ctag by hashing every item on each ask:
  // that time is the server's (Hearback's CPU ratio beside it shows its own side stays flat).
  if (!radicaleAvailable()) {
    console.warn('radicale is not installed: calendar.unchanged_poll_scaling_radicale not measured');
  } else {
    const radicale = await pollScaling(startRadicale);
    figures['calendar.unchanged_poll_radicale_50_ms'] = radicale.fifty;
    figures['calendar.unchanged_poll_radicale_5k_ms'] = radicale.fiveK;
    figures['calendar.unchanged_poll_scaling_radicale'] = radicale.wall;
    figures['calendar.unchanged_poll_client_cpu_scaling_radicale'] = radicale.cpu;
  }
  return figures;
}
