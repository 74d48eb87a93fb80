import { useState } from 'react';
import type { InterviewFields } from '../../../shared/contract';
import { UNKNOWN_PROMISE, type HearBackPromise, type Interview, type InterviewFormat, type InterviewOutcome } from '../../../shared/domain';
import { localDateOf, MS_PER_MINUTE, promiseDateProblem } from '../../../shared/followup';
import { fieldIssuesOf, type FieldIssues } from '../ui/field-issues';
import { call, userMessage } from '../contract';
import { instantOf, isKnownZone, wallInputOf } from './interview-time';

export interface InterviewFormState {
  round: string;
  date: string;
  time: string;
  zone: string;
  duration: string;
  format: InterviewFormat;
  location: string;
  interviewerIds: string[];
  notes: string;
  hearBack: HearBackPromise;
  memorableDetail: string;
  outcome: InterviewOutcome;
}

function initialState(interview: Interview | null, zone: string): InterviewFormState {
  if (interview) {
    const wall = wallInputOf(interview.startsAt, interview.timeZone);
    return {
      round: interview.round,
      ...wall,
      duration: String(interview.durationMinutes),
      format: interview.format,
      location: interview.location,
      interviewerIds: interview.interviewerIds,
      notes: interview.notes,
      hearBack: interview.hearBack,
      memorableDetail: interview.memorableDetail,
      outcome: interview.outcome,
    };
  }
  return {
    round: '',
    date: localDateOf(Date.now(), zone),
    time: '10:00',
    zone,
    duration: '60',
    format: 'video',
    location: '',
    interviewerIds: [],
    notes: '',
    hearBack: UNKNOWN_PROMISE,
    memorableDetail: '',
    outcome: 'pending',
  };
}

/** Checks what the browser can check before asking the main process (which checks everything). */
function localIssues(s: InterviewFormState): FieldIssues {
  const issues: FieldIssues = {};
  if (s.round.trim() === '') issues['round'] = 'give the round a name, e.g. “Phone screen”';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) issues['date'] = 'pick a date';
  if (!/^\d{2}:\d{2}$/.test(s.time)) issues['time'] = 'pick a time';
  if (!isKnownZone(s.zone)) issues['timeZone'] = 'pick a time zone from the list, e.g. Europe/Berlin';
  const d = Number(s.duration);
  if (!Number.isInteger(d) || d < 5 || d > 1440) issues['durationMinutes'] = 'between 5 and 1440 minutes';
  if (s.hearBack.status === 'date' && s.hearBack.date === null) issues['hearBack.date'] = 'pick the promised date, or choose “No date given”';
  const when = instantOf({ date: s.date, time: s.time, zone: s.zone });
  // The same rule the core applies (LIFECYCLE.md rule 5), shown next to the field before saving.
  const promise = when && isKnownZone(s.zone) ? promiseDateProblem({ startsAt: when.instant, timeZone: s.zone, hearBack: s.hearBack }) : null;
  if (promise && !issues['hearBack.date']) issues['hearBack.date'] = promise;
  return issues;
}

export function useInterviewForm(args: { interview: Interview | null; applicationId: string; zone: string; onSaved: () => void }) {
  const [state, setState] = useState(() => initialState(args.interview, args.zone));
  const [issues, setIssues] = useState<FieldIssues>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof InterviewFormState>(key: K, value: InterviewFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const when = instantOf({ date: state.date, time: state.time, zone: state.zone });
  const durationMs = (Number(state.duration) || 0) * MS_PER_MINUTE;
  const ended = when !== null && Date.parse(when.instant) + durationMs <= Date.now();

  const submit = async () => {
    const local = localIssues(state);
    setIssues(local);
    setError(null);
    if (Object.keys(local).length > 0 || when === null) return;
    const fields: InterviewFields = {
      round: state.round,
      startsAt: when.instant,
      timeZone: state.zone,
      durationMinutes: Number(state.duration),
      format: state.format,
      location: state.location,
      interviewerIds: state.interviewerIds,
      notes: state.notes,
      hearBack: state.hearBack,
      memorableDetail: state.memorableDetail,
      outcome: state.outcome,
    };
    setSaving(true);
    try {
      if (args.interview) await call('interviews.update', { id: args.interview.id, patch: fields });
      else await call('interviews.create', { ...fields, applicationId: args.applicationId });
      args.onSaved();
    } catch (failure) {
      const fieldIssues = fieldIssuesOf(failure);
      if (fieldIssues) setIssues(fieldIssues);
      setError(fieldIssues ? 'Some values need fixing — see the marked fields.' : userMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return { state, set, issues, error, saving, when, ended, submit };
}
