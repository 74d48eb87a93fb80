export * from './calendar-event';
export { parseIcs, icsErrorText, DEFAULT_MAX_ICS_CHARS, DEFAULT_MAX_RRULE_STEPS, type IcsOptions, type IcsResult, type IcsErrorCode } from './parse-ics';
export { ianaZoneFor } from './event-zone';
export { RECENT_PAST_DAYS } from './recent-past';
export { looksLikeInterview, pickCandidates, type CandidateInput, type Offer } from './interview-candidates';
export { matchEvent, indexApplications, type ApplicationIndex, type EventMatch, type EventMatchVia } from './match-event';
export { meetingDetails, type MeetingDetails } from './meeting-details';
export { proposeInterview, type InterviewProposal, type ProposedInterviewer } from './interview-proposal';
