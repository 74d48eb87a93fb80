import type { InterviewFormat } from '../domain';
import type { CalendarEvent } from './calendar-event';

/**
 * How the interview happens, read from the event. First rule that matches:
 *
 * | found in LOCATION, URL or DESCRIPTION (in that order)                         | format   | location      |
 * |-------------------------------------------------------------------------------|----------|---------------|
 * | a Zoom, Google Meet, Microsoft Teams or Webex meeting link                    | `video`  | the link      |
 * | a `tel:` link or a phone number in LOCATION (or "call you at …" in the text)  | `phone`  | the number    |
 * | any other LOCATION, except a video service's placeholder ("Microsoft Teams Meeting") | `onsite` | the address |
 * | nothing                                                                       | `other`  | empty         |
 */
export interface MeetingDetails {
  format: InterviewFormat;
  location: string;
}

const VIDEO_LINK =
  /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us\/(?:j|my|w|s)\/[^\s<>"')\\]+|meet\.google\.com\/[a-z]{3,4}-[a-z]{3,4}-[a-z]{3,4}[^\s<>"')\\]*|teams\.microsoft\.com\/l\/meetup-join\/[^\s<>"')\\]+|teams\.live\.com\/meet\/[^\s<>"')\\]+|webex\.com\/(?:meet|join|[\w-]+\/j\.php)[^\s<>"')\\]*)/i;
const TEL_LINK = /\btel:(\+?[\d\s().-]{6,})/i;
const PHONE = /(\+?\d[\d\s().-]{6,}\d)/;
const CALL_YOU = /\b(?:call you (?:at|on)|phone(?: number)?:|dial(?: in)?:)\s*(\+?\d[\d\s().-]{6,}\d)/i;
const VIDEO_PLACEHOLDER = /^(microsoft teams meeting|zoom meeting|google meet|webex meeting|online meeting|video call)$/i;

/** The first Zoom, Meet, Teams or Webex meeting link in a text, or null. */
export function videoLinkIn(text: string): string | null {
  return VIDEO_LINK.exec(text)?.[0].slice(0, 2048) ?? null;
}

export function meetingDetails(event: Pick<CalendarEvent, 'location' | 'url' | 'description'>): MeetingDetails {
  for (const where of [event.location, event.url, event.description]) {
    const video = VIDEO_LINK.exec(where);
    if (video) return { format: 'video', location: video[0].slice(0, 2048) };
  }
  const location = event.location.trim();
  const tel = TEL_LINK.exec(location) ?? TEL_LINK.exec(event.description);
  if (tel) return { format: 'phone', location: tel[1]!.trim() };
  if (location !== '' && !/[a-z]{3,}/i.test(location.replace(/^(phone|tel|call)\b:?/i, ''))) {
    const phone = PHONE.exec(location);
    if (phone) return { format: 'phone', location: phone[1]!.trim() };
  }
  const callYou = CALL_YOU.exec(event.description);
  if (location === '' && callYou) return { format: 'phone', location: callYou[1]!.trim() };
  if (location !== '' && !VIDEO_PLACEHOLDER.test(location)) return { format: 'onsite', location: location.slice(0, 2048) };
  return { format: 'other', location: '' };
}
