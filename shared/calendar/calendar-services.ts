/**
 * Calendar services' own domains: an organizer at `…@group.calendar.google.com` or a Microsoft
 * booking page says nothing about the company, so these never count as a company's domain when
 * matching calendar events (mail, where a real person at Google writes from google.com, keeps them).
 */
export const CALENDAR_SERVICE_DOMAINS: readonly string[] = ['google.com', 'microsoft.com'];
