import { epochMsToWallTime, toInstant, wallTimeToEpochMs } from '../../../shared/followup';

/** What the form edits: a wall date and time in a named zone. */
export interface WallInput {
  date: string;
  time: string;
  zone: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function wallInputOf(instant: string, zone: string): WallInput {
  const wall = epochMsToWallTime(Date.parse(instant), zone);
  return { date: wall.date, time: `${pad(Math.floor(wall.minutes / 60))}:${pad(wall.minutes % 60)}`, zone };
}

/**
 * The instant the wall time denotes in its zone — RFC 5545 style (a time in a DST gap moves
 * forward, an ambiguous one takes the earlier instant) — and, when the time did not exist, the
 * wall time it became. Null when the input is incomplete.
 */
export function instantOf(input: WallInput): { instant: string; shiftedTo: string | null } | null {
  const time = /^(\d{2}):(\d{2})$/.exec(input.time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || !time || !isKnownZone(input.zone)) return null;
  const minutes = Number(time[1]) * 60 + Number(time[2]);
  const ms = wallTimeToEpochMs(input.date, minutes, input.zone);
  const back = wallInputOf(toInstant(ms), input.zone);
  const shiftedTo = back.date === input.date && back.time === input.time ? null : back.time;
  return { instant: toInstant(ms), shiftedTo };
}

export function isKnownZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let zones: string[] | null = null;

/** Every IANA zone this runtime knows, with UTC. */
export function allTimeZones(): string[] {
  if (zones === null) {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = list.includes('UTC') ? list : [...list, 'UTC'];
  }
  return zones;
}
