/** Links of scheduling services: an event booked through one (Calendly, GoodTime, Greenhouse, Lever, Ashby, Google appointment pages, Microsoft Bookings). */
export const SCHEDULING_LINKS: readonly RegExp[] = [
  /\bcalendly\.com\//i,
  /\bgoodtime\.io\b/i,
  /\b(app\.)?greenhouse\.io\/(scheduling|interview)/i,
  /\bgreenhouse\.io\b/i,
  /\b(jobs|hire)\.lever\.co\b/i,
  /\bashbyhq\.com\b/i,
  /\bcalendar\.google\.com\/calendar\/(u\/\d+\/)?appointments\b/i,
  /\bcalendar\.app\.google\//i,
  /\boutlook\.office(365)?\.com\/(owa\/calendar\/.*\/bookings|book)\b/i,
  /\bbookings\.cloud\.microsoft\b/i,
];
