import { DEFAULT_STAGES, type FollowUp, type Interview, type WorkSearchActivity } from '../../../../shared/domain';
import type { WorkLogInput } from '../../../../shared/worklog';
import { makeApplication } from '../../../support/store';

export { makeApplication };
export const stages = DEFAULT_STAGES;

export function makeInterview(id: string, applicationId: string, overrides: Partial<Interview> = {}): Interview {
  return {
    id,
    applicationId,
    round: 'First round',
    startsAt: '2026-03-04T14:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    format: 'video',
    location: '',
    interviewerIds: [],
    notes: '',
    memorableDetail: '',
    hearBack: { status: 'unknown', date: null, channel: null, asked: false },
    outcome: 'pending',
    heardBackAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function makeFollowUp(id: string, applicationId: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id,
    applicationId,
    interviewId: null,
    kind: 'check-in',
    title: '',
    dueAt: '2026-03-05T08:00:00.000Z',
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
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function makeActivity(id: string, overrides: Partial<WorkSearchActivity> = {}): WorkSearchActivity {
  return {
    id,
    source: null,
    applicationId: null,
    type: 'job-fair',
    date: '2026-03-05',
    employer: 'City job fair',
    position: '',
    method: 'in-person',
    contact: '',
    result: '',
    note: '',
    excluded: false,
    createdAt: '2026-03-05T09:00:00.000Z',
    updatedAt: '2026-03-05T09:00:00.000Z',
    ...overrides,
  };
}

export function input(parts: Partial<WorkLogInput> = {}): WorkLogInput {
  return { stages, applications: [], interviews: [], followUps: [], activities: [], zone: 'Europe/Berlin', nowMs: Date.parse('2026-03-09T12:00:00.000Z'), ...parts };
}
