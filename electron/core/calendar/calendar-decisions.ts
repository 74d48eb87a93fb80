import { HearbackError } from '../../../shared/contract';
import type { CalendarCancellation, CalendarCandidate } from '../../../shared/contract/methods/calendar';
import type { CalendarEvent } from '../../../shared/calendar/calendar-event';
import { indexApplications } from '../../../shared/calendar/match-event';
import { occurrenceReader } from '../../../shared/calendar/series-match';
import { isInvitation, pickCandidates, type CandidateInput } from '../../../shared/calendar/interview-candidates';
import { RECENT_PAST_DAYS } from '../../../shared/calendar/recent-past';
import { DEFAULT_MINUTES, movedToEventDay, proposeInterview, startOnEventDay } from '../../../shared/calendar/interview-proposal';
import type { Application, Contact, Interview } from '../../../shared/domain';
import { UNKNOWN_PROMISE } from '../../../shared/domain';
import { MS_PER_DAY, promiseDateProblem } from '../../../shared/followup';
import type { Change } from '../store/hearback-store';
import { requireApplication } from '../service/context';
import { nowIso, type ServiceContext } from '../service/context';
import { arrivingInterview, onInterviewChanged } from '../service/follow-up-planning';
import type { CalendarRecord, Decision } from './calendar-file';
import type { CalendarSources, SourceRuntime } from './calendar-sources';

/**
 * What the user decided about each event, and what that means for their interviews: candidates to
 * confirm, confirming (the interview with its follow-ups), "not an interview", linked events that
 * moved (the interview follows) or went away (asked). Rules: the table in `calendar-service.ts`.
 */
export class CalendarDecisions {
  /** The last candidates, with what they were computed from (see `candidates`). */
  private offered: { generation: number; revision: number; minute: number; candidates: CalendarCandidate[] } | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly record: CalendarRecord,
    private readonly sources: CalendarSources,
    /** Moves on whenever a source's events, a source or a decision changes (CalendarService's change signal). */
    private readonly generation: () => number,
  ) {}

  private decide(key: string, decision: Decision): void {
    this.record.save({ ...this.record.file, decisions: { ...this.record.file.decisions, [key]: decision } });
  }

  /** The newest copy of an event across sources (highest SEQUENCE; a dropped file can be newer than the feed). */
  private findEvent(key: string): { event: CalendarEvent; source: SourceRuntime } | null {
    let best: { event: CalendarEvent; source: SourceRuntime } | null = null;
    for (const source of this.sources.all()) {
      const event = source.events.find((e) => e.key === key);
      if (event && (!best || event.sequence >= best.event.sequence)) best = { event, source };
    }
    return best;
  }

  /**
   * The decision that still holds for an event: a confirmation whose interview is gone (undone, or
   * deleted by the user) no longer does, so the event is offered again; redo brings it back.
   */
  private decisionFor(key: string): Decision | null {
    const decision = this.record.file.decisions[key];
    if (!decision) return null;
    if (decision.kind === 'confirmed' && !this.ctx.store.readInterview(decision.interviewId)) return null;
    return decision;
  }

  /** Confirms an event as an interview; an all-day one on the day, at the time the user picked (rules in interview-proposal.ts). */
  confirm(key: string, applicationId: string, picked: { startTime?: string | undefined; durationMinutes?: number | undefined } = {}): Interview {
    if (this.decisionFor(key)?.kind === 'confirmed') throw new HearbackError('conflict', 'This event is already an interview.');
    const found = this.findEvent(key);
    if (!found) throw new HearbackError('not_found', 'That calendar event is no longer in your calendars.');
    const app = requireApplication(this.ctx, applicationId);
    const { allDay } = found.event;
    if (allDay && picked.startTime === undefined) throw new HearbackError('invalid_request', 'This event lasts all day: pick the time the interview starts.', [{ path: 'startTime', message: 'required for an all-day event' }]);
    if (!allDay && (picked.startTime !== undefined || picked.durationMinutes !== undefined))
      throw new HearbackError('invalid_request', 'This event has its own time; it is added as it is in your calendar.', [{ path: picked.startTime !== undefined ? 'startTime' : 'durationMinutes', message: 'only for an all-day event' }]);
    const proposed = proposeInterview(found.event, app);
    const proposal = allDay && picked.startTime !== undefined ? { ...proposed, startsAt: startOnEventDay(found.event, picked.startTime), durationMinutes: picked.durationMinutes ?? DEFAULT_MINUTES } : proposed;
    const now = nowIso(this.ctx);
    const added: Contact[] = proposal.interviewers
      .filter((p) => p.contactId === null)
      .slice(0, Math.max(0, 100 - app.contacts.length))
      .map((p) => ({ id: this.ctx.newId(), name: p.name.trim() || p.email, title: '', email: p.email, phone: '', notes: 'Added from a calendar invitation' }));
    const interviewerIds = [...proposal.interviewers.flatMap((p) => (p.contactId ? [p.contactId] : [])), ...added.map((c) => c.id)].slice(0, 30);
    const interview: Interview = arrivingInterview(this.ctx, {
      id: this.ctx.newId(),
      applicationId: app.id,
      round: proposal.round,
      startsAt: proposal.startsAt,
      timeZone: proposal.timeZone,
      durationMinutes: proposal.durationMinutes,
      format: proposal.format,
      location: proposal.location,
      interviewerIds,
      notes: '',
      memorableDetail: '',
      hearBack: UNKNOWN_PROMISE,
      outcome: 'pending',
      heardBackAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const summary = `Scheduled ${interview.round} with ${app.company} (from your calendar)`;
    const changes: Change[] = [];
    if (added.length > 0) {
      const nextApp: Application = { ...app, contacts: [...app.contacts, ...added], updatedAt: now };
      changes.push({ entity: 'application', kind: 'updated', id: app.id, applicationId: app.id, after: nextApp, summary: `Added ${added.map((c) => c.name).join(', ')} from the invitation` });
    }
    changes.push({ entity: 'interview', kind: 'created', id: interview.id, applicationId: app.id, after: interview, summary }, ...onInterviewChanged(this.ctx, interview, false));
    this.ctx.store.commit({ summary, undoable: true, changes });
    this.decide(key, {
      kind: 'confirmed',
      interviewId: interview.id,
      applicationId: app.id,
      sourceId: found.source.id,
      startsAt: found.event.startsAt,
      endsAt: found.event.endsAt,
      sequence: found.event.sequence,
      cancellationResolved: false,
    });
    return interview;
  }

  /** "Not an interview": on one of a series, it covers the series (remembered under its UID). */
  dismiss(key: string): void {
    if (this.decisionFor(key)?.kind === 'confirmed') throw new HearbackError('conflict', 'This event is already an interview; delete the interview instead.');
    const event = this.findEvent(key)?.event;
    this.decide(event && event.recurrenceId !== null ? event.uid : key, { kind: 'dismissed' });
  }

  /** Series already answered: dismissed as a whole, or one of them made an interview (that still exists). */
  private decidedSeries(): Set<string> {
    const uids = new Set<string>();
    for (const key of Object.keys(this.record.file.decisions)) {
      const hash = key.indexOf('#');
      const decision = this.decisionFor(key);
      if (decision?.kind === 'dismissed' && hash < 0) uids.add(key);
      if (decision?.kind === 'confirmed' && hash > 0) uids.add(key.slice(0, hash));
    }
    return uids;
  }

  /**
   * A linked event was cancelled or deleted: mark its interview cancelled (it did not take place:
   * its follow-ups stop, one undoable action) or keep it as it is. Asked once either way.
   */
  resolveCancellation(key: string, cancelInterview: boolean): void {
    const decision = this.record.file.decisions[key];
    if (decision?.kind !== 'confirmed') throw new HearbackError('not_found', 'No interview is linked to that event.');
    const interview = this.ctx.store.readInterview(decision.interviewId);
    if (cancelInterview && interview && interview.outcome !== 'cancelled') {
      const summary = `Marked ${interview.round} cancelled (cancelled in your calendar)`;
      const next: Interview = { ...interview, outcome: 'cancelled', updatedAt: nowIso(this.ctx) };
      this.ctx.store.commit({
        summary,
        undoable: true,
        changes: [{ entity: 'interview', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary }, ...onInterviewChanged(this.ctx, next, false)],
      });
    }
    this.decide(key, { ...decision, cancellationResolved: true });
  }

  /** Linked events that moved: the interview follows (one undoable action each). */
  syncLinked(source: SourceRuntime): void {
    for (const [key, decision] of Object.entries(this.record.file.decisions)) {
      if (decision.kind !== 'confirmed') continue;
      const event = source.events.find((e) => e.key === key);
      if (!event || event.status === 'cancelled' || event.sequence < decision.sequence) continue;
      if (event.startsAt === decision.startsAt && event.endsAt === decision.endsAt) continue;
      const interview = this.ctx.store.readInterview(decision.interviewId);
      if (!interview) continue;
      const minutes = Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000);
      // An all-day event moved to other days: the interview keeps the time the user picked, on the new day.
      const moved = event.allDay
        ? { startsAt: movedToEventDay(interview.startsAt, event), timeZone: event.timeZone, durationMinutes: interview.durationMinutes }
        : { startsAt: event.startsAt, timeZone: event.timeZone, durationMinutes: minutes >= 5 ? Math.min(minutes, 24 * 60) : interview.durationMinutes };
      const next: Interview = { ...interview, ...moved, updatedAt: nowIso(this.ctx) };
      const problem = promiseDateProblem(next);
      if (problem) {
        source.warnings = [`${interview.round} moved in your calendar, but its promised date ${problem}: change the promise, then it follows.`.slice(0, 300), ...source.warnings].slice(0, 20);
        continue;
      }
      const summary = `Rescheduled ${interview.round} (moved in your calendar)`;
      try {
        this.ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'interview', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary }, ...onInterviewChanged(this.ctx, next, false)] });
      } catch (error) {
        source.warnings = [`${interview.round} moved in your calendar but could not be saved: ${error instanceof Error ? error.message : 'unknown error'}`.slice(0, 300), ...source.warnings].slice(0, 20);
        continue;
      }
      this.decide(key, { ...decision, startsAt: event.startsAt, endsAt: event.endsAt, sequence: event.sequence, sourceId: source.id });
    }
  }

  /**
   * What Today offers (rules table in shared/calendar/interview-candidates.ts). Every
   * `calendar.state` asks; the answer is computed again only when what it reads changed:
   *
   * | input                                   | noticed by                                      |
   * | --------------------------------------- | ----------------------------------------------- |
   * | a source's events, sources, decisions   | the calendar's change signal (`generation`)     |
   * | applications, contacts, interviews      | the store's revision                            |
   * | the time (recent past, a series' next)  | the minute                                      |
   */
  candidates(): CalendarCandidate[] {
    const key = { generation: this.generation(), revision: this.ctx.store.revision, minute: Math.floor(this.ctx.now().getTime() / 60_000) };
    const held = this.offered;
    if (held && held.generation === key.generation && held.revision === key.revision && held.minute === key.minute) return held.candidates;
    const candidates = this.computeCandidates();
    this.offered = { ...key, candidates };
    return candidates;
  }

  private computeCandidates(): CalendarCandidate[] {
    const nowMs = this.ctx.now().getTime();
    const applications = [...this.ctx.store.active.applications.values()];
    if (applications.length === 0) return [];
    const index = indexApplications(applications);
    const decidedSeries = this.decidedSeries();
    // The few decisions that hold, looked up once, rather than each of thousands of occurrences asking.
    const decided = new Set(Object.keys(this.record.file.decisions).filter((key) => this.decisionFor(key) !== null));
    const read = occurrenceReader(index, nowMs);
    const seen = new Set<string>();
    const inputs: CandidateInput[] = [];
    // The same event in several sources: the copy the user handed over (dropped on an application, then an invitation) speaks for it.
    const sources = [...this.sources.all()].map((source) => {
      const droppedOn = source.stored?.kind === 'file' && source.stored.applicationId !== null && this.ctx.store.active.applications.has(source.stored.applicationId) ? source.stored.applicationId : null;
      const invitation = source.kind === 'file' && isInvitation(source.method, new Set(source.events.map((e) => e.uid)).size);
      return { source, droppedOn, invitation, rank: droppedOn !== null ? 0 : invitation ? 1 : 2 };
    });
    for (const { source, droppedOn, invitation } of sources.sort((a, b) => a.rank - b.rank)) {
      for (const event of source.events) {
        if (seen.has(event.key) || (decided.size > 0 && decided.has(event.key)) || (event.recurrenceId !== null && decidedSeries.has(event.uid))) continue;
        seen.add(event.key);
        const { match, looksLikeInterview } = read(event);
        inputs.push({ event, match, droppedOn, invitation, looksLikeInterview });
      }
    }
    return pickCandidates(inputs, nowMs).map(({ input, repeats }) => {
      const { event, match, droppedOn } = input;
      const ids = droppedOn !== null ? [droppedOn] : match.kind === 'match' ? match.applicationIds : [];
      const suggested = ids.length === 1 ? applications.find((a) => a.id === ids[0]) : undefined;
      const proposal = suggested ? proposeInterview(event, suggested) : null;
      const details = proposal ?? proposeInterview(event, { ...applications[0]!, contacts: [], jobUrl: '' });
      return {
        event,
        applicationIds: ids.slice(0, 50),
        via: droppedOn !== null ? 'dropped' : match.kind === 'match' ? match.via : null,
        repeats,
        format: details.format,
        location: details.location,
        interviewerNames: proposal ? proposal.interviewers.map((p) => p.name.slice(0, 200)) : [],
      };
    });
  }

  cancellations(): CalendarCancellation[] {
    const out: CalendarCancellation[] = [];
    const windowStart = this.ctx.now().getTime() - RECENT_PAST_DAYS * MS_PER_DAY;
    for (const [key, decision] of Object.entries(this.record.file.decisions)) {
      if (decision.kind !== 'confirmed' || decision.cancellationResolved) continue;
      const interview = this.ctx.store.readInterview(decision.interviewId);
      if (!interview) continue;
      const found = this.findEvent(key);
      const source = this.sources.get(decision.sourceId);
      const cancelled = found?.event.status === 'cancelled';
      const deleted = !found && source?.complete === true && source.problem === null && Date.parse(decision.endsAt) >= windowStart;
      if (cancelled || deleted) out.push({ key, interviewId: interview.id, applicationId: interview.applicationId, round: interview.round, startsAt: interview.startsAt });
    }
    return out;
  }
}
