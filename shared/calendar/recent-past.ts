/**
 * The recent past, in days: calendars are read from this far back, events that ended within it are
 * still offered (an interview the user forgot to confirm), and a dropped file goes by itself this
 * long after its last event. The UI's sentences say this number too.
 */
export const RECENT_PAST_DAYS = 14;
