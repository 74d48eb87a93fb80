import { WINDOWS_ZONES } from './windows-zones';

/**
 * Which IANA zone a TZID names. The rules, in order:
 *
 * | TZID as written                                   | zone                                 |
 * | ------------------------------------------------- | ------------------------------------ |
 * | an IANA name (Google, iCloud, Fastmail)           | itself                               |
 * | a Windows name (Outlook, Exchange)                | CLDR's mapping (windows-zones.ts)    |
 * | a prefixed IANA name ("/mozilla.org/…/Europe/Berlin", "/Europe/Berlin") | the IANA tail |
 * | "GMT+0200"-style or anything else                 | null — the feed's VTIMEZONE decides  |
 */
export function ianaZoneFor(tzid: string): string | null {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  if (isIanaZone(trimmed)) return trimmed;
  const windows = WINDOWS_ZONES[trimmed];
  if (windows) return windows;
  const parts = trimmed.split('/').filter((p) => p.length > 0);
  for (let start = 0; start < parts.length; start++) {
    const tail = parts.slice(start).join('/');
    if (tail.includes('/') && isIanaZone(tail)) return tail;
  }
  return null;
}

const known = new Map<string, boolean>();

export function isIanaZone(name: string): boolean {
  const hit = known.get(name);
  if (hit !== undefined) return hit;
  let ok = false;
  // Intl accepts "EST5EDT" and offsets like "+02:00" too; only names with a region or Etc/UTC count.
  if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(name) || name === 'UTC') {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
  }
  if (known.size < 1000) known.set(name, ok);
  return ok;
}
