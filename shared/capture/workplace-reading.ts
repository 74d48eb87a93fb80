import type { Workplace } from '../domain/workplace';

/**
 * Where the job is done, as each source says it. An explicit field wins; words in the location
 * come next; nothing is guessed from the description.
 *
 * | source     | field and value                                         | workplace  |
 * |------------|---------------------------------------------------------|------------|
 * | Lever      | `workplaceType` onsite / hybrid / remote                | on site / hybrid / remote |
 * | Lever      | `workplaceType` unspecified or absent                   | the location's words |
 * | Ashby      | `workplaceType` OnSite / Hybrid / Remote                | on site / hybrid / remote |
 * | Ashby      | no `workplaceType`, `isRemote: true`                    | remote     |
 * | Workday    | `remoteType` (e.g. "Hybrid", "Fully Remote", "On-site") | its words  |
 * | Greenhouse | (no field)                                              | the location's words |
 * | JSON-LD    | `jobLocationType: TELECOMMUTE`, no physical place       | remote (Google: "100% remote"; `applicantLocationRequirements` says from where) |
 * | JSON-LD    | `TELECOMMUTE` and a physical `jobLocation`              | hybrid (remote, or at that place) |
 * | JSON-LD    | a physical `jobLocation` only                           | the location's words, else not stated (Google: hybrid jobs are not TELECOMMUTE, so they carry only a place) |
 * | any        | location words: "hybrid"                                | hybrid     |
 * | any        | "remote", "work from home", "WFH", "telecommute", "anywhere" | remote |
 * | any        | "on-site", "onsite", "on site", "in office", "in-office" | on site   |
 * | any        | none of these                                           | not stated |
 *
 * "Hybrid" is checked before "remote", so "Remote / Hybrid – Berlin" is hybrid: the job is not
 * done entirely away from an office.
 */
export function workplaceFromWords(text: string): Workplace | undefined {
  const t = text.toLowerCase();
  if (/\bhybrid\b/.test(t)) return 'hybrid';
  if (/\b(?:remote|work from home|wfh|telecommute|telework|anywhere)\b/.test(t)) return 'remote';
  if (/\b(?:on-?site|on site|in[- ]office)\b/.test(t)) return 'onsite';
  return undefined;
}

const BOARD_VALUES: Record<string, Workplace> = {
  onsite: 'onsite',
  'on-site': 'onsite',
  on_site: 'onsite',
  'on site': 'onsite',
  office: 'onsite',
  inoffice: 'onsite',
  hybrid: 'hybrid',
  remote: 'remote',
  fullyremote: 'remote',
  'fully remote': 'remote',
};

/** A board's workplace field ("OnSite", "hybrid", "Fully Remote"…), or undefined when it does not say. */
export function workplaceFromBoardValue(value: unknown): Workplace | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return BOARD_VALUES[key] ?? BOARD_VALUES[key.replace(/[\s_-]+/g, '')] ?? workplaceFromWords(key);
}
