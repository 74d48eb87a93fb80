import type { InterviewFormat } from '../domain';
import type { CalendarEvent } from './calendar-event';
import { textWords } from '../company/company-signals';

/**
 * How the interview happens, read from the event. First rule that matches:
 *
 * | # | found                                                                                   | format   | location          |
 * |---|-----------------------------------------------------------------------------------------|----------|-------------------|
 * | 1 | an onsite word in the title (onsite, in person, vor Ort, en personne, presencial…)       | `onsite` | LOCATION unless a placeholder |
 * | 2 | a phone word in the title ("(phone)", phone screen, Telefoninterview, entretien téléphonique, entrevista telefónica…) | `phone` | the number, if any |
 * | 3 | the provider's join link (Teams' property, CONFERENCE, a link in the HTML description)  | `video`  | the link          |
 * | 4 | a Zoom, Google Meet, Microsoft Teams or Webex link in LOCATION, URL or DESCRIPTION      | `video`  | the link          |
 * | 5 | a `tel:` link, or LOCATION that is a phone number                                       | `phone`  | the number        |
 * | 6 | LOCATION is a video service's placeholder, any language ("Microsoft Teams-Besprechung") | `video`  | empty             |
 * | 7 | a video word in the title (video call, Videocall, visio, videollamada…)                 | `video`  | empty             |
 * | 8 | a call word in the title ("Call with …", Anruf, appel, llamada) or "call you at <number>"| `phone`  | the number, if any|
 * | 9 | any other LOCATION                                                                       | `onsite` | the address       |
 * | 10| nothing                                                                                  | `other`  | empty             |
 *
 * Title words are matched as whole words after accents are folded ("téléphonique" = "telephonique").
 */
export interface MeetingDetails {
  format: InterviewFormat;
  location: string;
}

const VIDEO_LINK =
  /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us\/(?:j|my|w|s)\/[^\s<>"')\\]+|meet\.google\.com\/[a-z]{3,4}-[a-z]{3,4}-[a-z]{3,4}[^\s<>"')\\]*|teams\.microsoft\.com\/l\/meetup-join\/[^\s<>"')\\]+|teams\.live\.com\/meet\/[^\s<>"')\\]+|webex\.com\/(?:meet|join|[\w-]+\/j\.php)[^\s<>"')\\]*)/i;
const TEL_LINK = /\btel:(\+?[\d\s().-]{6,})/i;
const PHONE = /(\+?\d[\d\s().-]{6,}\d)/;
const CALL_YOU = /\b(?:call you (?:at|on)|phone(?: number)?:|dial(?: in)?:|rufen (?:sie|dich) unter|unter der nummer|we will call you (?:at|on))\s*(\+?\d[\d\s().-]{6,}\d)/i;

/** Placeholders video services put in LOCATION, per provider and language (folded words). */
const VIDEO_PLACEHOLDERS = new Set(
  [
    'Microsoft Teams Meeting',
    'Microsoft Teams-Besprechung',
    'Microsoft Teams Besprechung',
    'Réunion Microsoft Teams',
    'Reunión de Microsoft Teams',
    'Riunione di Microsoft Teams',
    'Microsoft Teams-vergadering',
    'Microsoft Teams',
    'Teams',
    'Skype Meeting',
    'Skype-Besprechung',
    'Skype for Business',
    'Zoom Meeting',
    'Zoom-Meeting',
    'Réunion Zoom',
    'Reunión de Zoom',
    'Zoom',
    'Google Meet',
    'Meet',
    'Webex Meeting',
    'Webex',
    'Cisco Webex Meeting',
    'Online meeting',
    'Onlinebesprechung',
    'Online-Besprechung',
    'Online',
    'Video call',
    'Videoanruf',
    'Videokonferenz',
    'Visioconférence',
    'Videollamada',
  ].map(textWords),
);
const ONSITE_WORDS = ['onsite', 'on site', 'in person', 'in office', 'vor ort', 'personlich', 'en personne', 'sur site', 'presencial', 'en persona'];
const PHONE_WORDS = ['phone', 'phone screen', 'phone interview', 'telephone', 'telefoninterview', 'telefonisches', 'telefongesprach', 'telefonat', 'telephonique', 'telefonica', 'telefonico', 'por telefono'];
const VIDEO_WORDS = ['video', 'video call', 'video interview', 'videocall', 'videointerview', 'videoanruf', 'visio', 'visioconference', 'videollamada', 'videoconferencia'];
const CALL_WORDS = ['call', 'anruf', 'appel', 'llamada'];

const hasWord = (words: string, list: readonly string[]) => list.some((w) => words.includes(` ${w} `));

/** The first Zoom, Meet, Teams or Webex meeting link in a text, or null. */
export function videoLinkIn(text: string): string | null {
  return VIDEO_LINK.exec(text)?.[0].slice(0, 2048) ?? null;
}

function phoneIn(event: Pick<CalendarEvent, 'location' | 'description'>): string | null {
  const tel = TEL_LINK.exec(event.location) ?? TEL_LINK.exec(event.description);
  if (tel) return tel[1]!.trim();
  const location = event.location.trim();
  if (location !== '' && !/[a-z]{3,}/i.test(location.replace(/^(phone|tel|call|telefon)\b:?/i, ''))) {
    const phone = PHONE.exec(location);
    if (phone) return phone[1]!.trim();
  }
  return CALL_YOU.exec(event.description)?.[1]?.trim() ?? null;
}

export function meetingDetails(event: Pick<CalendarEvent, 'summary' | 'location' | 'url' | 'description' | 'conferenceUrl'>): MeetingDetails {
  const title = textWords(event.summary);
  const location = event.location.trim();
  const placeholder = location !== '' && VIDEO_PLACEHOLDERS.has(textWords(location));
  const address = location !== '' && !placeholder && videoLinkIn(location) === null && !TEL_LINK.test(location) ? location.slice(0, 2048) : '';
  if (hasWord(title, ONSITE_WORDS)) return { format: 'onsite', location: address };
  if (hasWord(title, PHONE_WORDS)) return { format: 'phone', location: phoneIn(event) ?? '' };
  if (/^https:\/\//i.test(event.conferenceUrl)) return { format: 'video', location: event.conferenceUrl.slice(0, 2048) };
  for (const where of [event.location, event.url, event.description]) {
    const video = videoLinkIn(where);
    if (video) return { format: 'video', location: video };
  }
  const located = TEL_LINK.exec(location)?.[1]?.trim() ?? (address !== '' ? phoneIn({ location, description: '' }) : null);
  if (located) return { format: 'phone', location: located };
  if (placeholder || hasWord(title, VIDEO_WORDS)) return { format: 'video', location: '' };
  const callYou = CALL_YOU.exec(event.description)?.[1]?.trim();
  if (hasWord(title, CALL_WORDS) || (address === '' && callYou)) return { format: 'phone', location: callYou ?? '' };
  if (address !== '') return { format: 'onsite', location: address };
  return { format: 'other', location: '' };
}
