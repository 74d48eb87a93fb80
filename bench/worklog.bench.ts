import { DEFAULT_STAGES, type FollowUp, type Interview } from '../shared/domain';
import { workSearchLog, type WorkLogInput } from '../shared/worklog';
import { benchApplication, median } from './support';

/**
 * The work-search log: one week's log computed from every record (what `worklog.get` does on each
 * change while the log is open), pure, without the store.
 * - worklog.week_10k_ms: median ms for a week's log over 10,000 applications, each with an
 *   interview and two follow-ups (one marked sent), in Europe/Berlin.
 * - worklog.scaling_10k_over_1k: the same at 10,000 over 1,000 applications; linear is about 10.
 */

const NOW = Date.parse('2026-06-10T12:00:00.000Z');
const DAY = 86_400_000;
const RUNS = 9;

function data(count: number): WorkLogInput {
  const applications = Array.from({ length: count }, (_, i) => {
    const at = new Date(NOW - (i % 180) * DAY).toISOString();
    return benchApplication(i, i % 7 === 0 ? 'wishlist' : 'applied', at, { stageReachedAt: { [i % 7 === 0 ? 'wishlist' : 'applied']: at } });
  });
  const interviews: Interview[] = applications.map((a, i) => ({
    id: `int${i}`,
    applicationId: a.id,
    round: 'Interview',
    startsAt: new Date(NOW - (i % 170) * DAY).toISOString(),
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    format: 'video',
    location: '',
    interviewerIds: [],
    notes: '',
    memorableDetail: '',
    hearBack: { status: 'unknown', date: null, channel: null, asked: false },
    outcome: i % 9 === 0 ? 'cancelled' : 'pending',
    heardBackAt: null,
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
  }));
  const followUps: FollowUp[] = interviews.flatMap((iv, i) =>
    (['thank-you', 'check-in'] as const).map((kind, k) => ({
      id: `f${i}-${k}`,
      applicationId: iv.applicationId,
      interviewId: iv.id,
      kind,
      title: '',
      dueAt: new Date(Date.parse(iv.startsAt) + (k + 1) * DAY).toISOString(),
      timeZone: 'Europe/Berlin',
      recurrence: null,
      sequence: k,
      channel: 'email' as const,
      status: k === 0 ? ('done' as const) : ('pending' as const),
      statusReason: k === 0 ? 'Marked sent' : '',
      snoozedUntil: null,
      draft: null,
      deliveries: [],
      origin: 'policy' as const,
      createdAt: iv.createdAt,
      updatedAt: new Date(Date.parse(iv.startsAt) + (k + 1) * DAY).toISOString(),
    })),
  );
  return { stages: DEFAULT_STAGES, applications, interviews, followUps, activities: [], zone: 'Europe/Berlin', nowMs: NOW };
}

function timeWeek(input: WorkLogInput): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const began = performance.now();
    workSearchLog(input, { from: '2026-06-01', to: '2026-06-07' });
    if (run >= 2) times.push(performance.now() - began);
  }
  return median(times);
}

export async function run(): Promise<Record<string, number>> {
  const small = timeWeek(data(1_000));
  const large = timeWeek(data(10_000));
  return { 'worklog.week_10k_ms': Number(large.toFixed(2)), 'worklog.scaling_10k_over_1k': Number((large / small).toFixed(2)) };
}
