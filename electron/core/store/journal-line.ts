import { crc32 } from 'node:zlib';

/**
 * One journal line holds one user action (all its events), so an action is on disk whole or not
 * at all: `<crc32 as 8 hex digits> <json>\n`. A torn or corrupted line fails its checksum.
 */

export function encodeJournalLine(payload: unknown): string {
  return encodeChecked(JSON.stringify(payload));
}

/** The line for JSON text already serialised (a line being rewritten as it was). */
export function encodeChecked(json: string): string {
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** `<8 hex digits><space>`: what comes before a line's JSON. */
export const CHECKSUM_PREFIX_LENGTH = 9;

/** The JSON of a line (without its newline) whose checksum holds, unparsed; null when torn or corrupted. */
export function checkedJson(line: string): string | null {
  if (line.length <= CHECKSUM_PREFIX_LENGTH || line[CHECKSUM_PREFIX_LENGTH - 1] !== ' ') return null;
  const json = line.slice(CHECKSUM_PREFIX_LENGTH);
  return crc32(json).toString(16).padStart(8, '0') === line.slice(0, CHECKSUM_PREFIX_LENGTH - 1) ? json : null;
}

/** The JSON part of a line this process just encoded (`encodeChecked`), without its newline. */
export function jsonOfEncoded(line: string): string {
  return line.slice(CHECKSUM_PREFIX_LENGTH, -1);
}

/** One line of a journal file as found on disk. */
export type ScannedLine = { ok: true; json: string; bytes: number } | { ok: false; raw: string; bytes: number };

export interface ScannedJournal {
  lines: ScannedLine[];
  /** Bytes after the last newline: a write that never finished (never acknowledged). */
  tornTailBytes: number;
}

/**
 * Splits a journal file into lines and checks each checksum without parsing the JSON. A bad line
 * does not end the scan: every good line after it is kept (each line is a whole action).
 */
export function scanJournal(text: string): ScannedJournal {
  const lines: ScannedLine[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return { lines, tornTailBytes: Buffer.byteLength(text.slice(offset), 'utf8') };
    const raw = text.slice(offset, end);
    const bytes = Buffer.byteLength(raw, 'utf8') + 1;
    const json = checkedJson(raw);
    lines.push(json === null ? { ok: false, raw, bytes } : { ok: true, json, bytes });
    offset = end + 1;
  }
  return { lines, tornTailBytes: 0 };
}

/**
 * What can still be read from a damaged line — its sequence numbers, time and summary — so a
 * notice can name the action it held. Any of them may be missing (the damage may be right there).
 */
export function salvageDamagedLine(raw: string): { seqs: number[]; at: string | null; summary: string | null } {
  const seqs = [...raw.matchAll(/"seq":(\d{1,15})[,}]/g)].map((m) => Number(m[1]));
  const at = /"at":"(\d{4}-\d\d-\d\dT[0-9:.]+Z)"/.exec(raw)?.[1] ?? null;
  const summaryMatch = /"summary":"((?:[^"\\]|\\.){0,500})"/.exec(raw);
  let summary: string | null = null;
  if (summaryMatch) {
    try {
      summary = JSON.parse(`"${summaryMatch[1]}"`) as string;
    } catch {
      summary = null;
    }
  }
  return { seqs, at, summary };
}
