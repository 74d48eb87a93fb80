import { crc32 } from 'node:zlib';

/**
 * One journal line holds one user action (all its events), so an action is on disk whole or not
 * at all: `<crc32 as 8 hex digits> <json>\n`. A torn or corrupted line fails its checksum.
 */

export function encodeJournalLine(payload: unknown): string {
  const json = JSON.stringify(payload);
  const crc = crc32(json).toString(16).padStart(8, '0');
  return `${crc} ${json}\n`;
}

/** Returns the parsed payload, or null when the line is torn or corrupted. */
export function decodeJournalLine(line: string): unknown {
  if (line.length < 10 || line[8] !== ' ') return null;
  const json = line.slice(9);
  const expected = line.slice(0, 8);
  if (crc32(json).toString(16).padStart(8, '0') !== expected) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** The JSON of a line whose checksum holds, unparsed; null when torn or corrupted. */
export function checkedJson(line: string): string | null {
  if (line.length < 10 || line[8] !== ' ') return null;
  const json = line.slice(9);
  return crc32(json).toString(16).padStart(8, '0') === line.slice(0, 8) ? json : null;
}
