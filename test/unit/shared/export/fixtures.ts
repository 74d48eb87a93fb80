import { DEFAULT_SETTINGS, DEFAULT_STAGES, type Application, type FollowUp, type HistoryEvent, type Interview } from '../../../../shared/domain';

/** Hand-made records for the export, import and insights tests. */
export const T0 = '2026-03-02T09:00:00.000Z';

export function makeApplication(over: Partial<Application> = {}): Application {
  return {
    id: 'app1',
    company: 'Acme',
    role: 'Engineer',
    jobUrl: 'https://acme.example/jobs/1',
    location: 'Berlin',
    salary: { min: 50000, max: 70000, currency: 'EUR', period: 'year' },
    source: 'referral',
    notes: '',
    tags: ['remote'],
    fitLine: '',
    contacts: [{ id: 'c1', name: 'Dana', title: 'Recruiter', email: 'dana@acme.example', phone: '', notes: '' }],
    stageId: 'applied',
    position: 1,
    stageReachedAt: { wishlist: '2026-03-01T09:00:00.000Z', applied: T0 },
    archived: false,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: T0,
    ...over,
  };
}

export function makeInterview(over: Partial<Interview> = {}): Interview {
  return {
    id: 'int1',
    applicationId: 'app1',
    round: 'First call',
    startsAt: '2026-03-10T13:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    format: 'video',
    location: 'https://meet.example/abc',
    interviewerIds: ['c1'],
    notes: '',
    memorableDetail: 'Talked about sailing',
    hearBack: { status: 'date', date: '2026-03-17', channel: 'email', asked: true },
    outcome: 'pending',
    heardBackAt: null,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function makeFollowUp(over: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu1',
    applicationId: 'app1',
    interviewId: 'int1',
    kind: 'check-in',
    title: 'Check in with Acme',
    dueAt: '2026-03-18T08:00:00.000Z',
    timeZone: 'Europe/Berlin',
    recurrence: null,
    sequence: 1,
    channel: 'email',
    status: 'pending',
    statusReason: '',
    snoozedUntil: null,
    draft: null,
    deliveries: [],
    origin: 'policy',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function makeEvent(over: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    seq: 1,
    at: T0,
    actionId: 'act1',
    kind: 'created',
    entity: 'application',
    entityId: 'app1',
    applicationId: 'app1',
    summary: 'Created Acme',
    reverts: null,
    before: null,
    after: { company: 'Acme', role: 'Engineer' },
    ...over,
  };
}

export const STAGES = [...DEFAULT_STAGES];
export const SETTINGS = DEFAULT_SETTINGS;
