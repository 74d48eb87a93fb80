/**
 * A row's fingerprint: the same application written the same way in any export of the same
 * tracker gives the same 16 hex digits, so a re-import can offer to skip rows already imported.
 * It reads the identity of the row — company, role, link, location and the dates the file
 * gives — not its stage, so moving a card in the other tracker and exporting again still matches.
 * Case, spacing and the column order of the file do not matter.
 */

export interface FingerprintParts {
  company: string;
  role: string;
  jobUrl: string;
  location: string;
  createdAt: string;
  appliedAt: string;
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;

export function rowFingerprint(parts: FingerprintParts): string {
  const text = [parts.company, parts.role, parts.jobUrl, parts.location, parts.createdAt, parts.appliedAt].map(normalise).join('\u001f');
  // Two 32-bit hashes with different bases: 64 bits keep accidental matches out of reach for any real tracker file.
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
}
