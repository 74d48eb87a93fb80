import { DEFAULT_SETTINGS, DEFAULT_STAGES, UNKNOWN_PROMISE, type Application, type FollowUp, type Interview, type Settings, type Stage } from '../../../../shared/domain';
import type { PlanContext } from '../../../../shared/followup';

export const NOW = '2026-03-01T12:00:00.000Z';

export function stage(kind: Stage['kind'] = 'active'): Stage {
  const base = DEFAULT_STAGES[2];
  if (!base) throw new Error('missing default stage');
  return { ...base, kind };
}

export function application(over: Partial<Application> = {}): Application {
  return {
    id: 'app1',
    company: 'Acme',
    role: 'Platform Engineer',
    jobUrl: '',
    location: '',
    salary: null,
    source: '',
    notes: '',
    tags: [],
    fitLine: 'I have run payment migrations at scale',
    contacts: [{ id: 'c1', name: 'Robin Okafor', title: 'Head of Platform', email: 'robin@acme.example', phone: '', notes: '' }],
    stageId: 'interviewing',
    position: 1,
    stageReachedAt: {},
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

/** Tuesday 3 March 2026, 14:00–15:00 in New York (19:00Z–20:00Z). */
export function interview(over: Partial<Interview> = {}): Interview {
  return {
    id: 'iv1',
    applicationId: 'app1',
    round: 'Technical',
    startsAt: '2026-03-03T19:00:00.000Z',
    timeZone: 'America/New_York',
    durationMinutes: 60,
    format: 'video',
    location: '',
    interviewerIds: ['c1'],
    notes: '',
    memorableDetail: 'the migration to event sourcing',
    hearBack: UNKNOWN_PROMISE,
    outcome: 'pending',
    heardBackAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

export function settings(over: Partial<Settings> = {}, cadence: Partial<Settings['cadence']> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...over, cadence: { ...DEFAULT_SETTINGS.cadence, ...cadence } };
}

export function followUp(over: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1',
    applicationId: 'app1',
    interviewId: null,
    kind: 'custom',
    title: 'Reminder',
    dueAt: '2026-03-02T14:00:00.000Z',
    timeZone: 'America/New_York',
    recurrence: null,
    sequence: 0,
    channel: 'email',
    status: 'pending',
    statusReason: '',
    snoozedUntil: null,
    draft: null,
    deliveries: [],
    origin: 'user',
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

export function planContext(over: Partial<PlanContext> = {}): PlanContext {
  let n = 0;
  return {
    application: application(),
    stage: stage(),
    interview: interview(),
    existing: [],
    settings: settings(),
    zone: 'America/New_York',
    now: NOW,
    newId: () => `fu${++n}`,
    ...over,
  };
}

/** Merge a plan's output into the stored list, as the store would. */
export function applyChanges(existing: readonly FollowUp[], changes: readonly FollowUp[]): FollowUp[] {
  const byId = new Map(existing.map((f) => [f.id, f]));
  for (const c of changes) byId.set(c.id, c);
  return [...byId.values()];
}

export const byKind = (list: readonly FollowUp[], kind: FollowUp['kind'], sequence = 0): FollowUp | undefined => list.find((f) => f.kind === kind && (kind !== 'check-in' || f.sequence === sequence));
