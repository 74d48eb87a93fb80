import { z } from 'zod';

/**
 * Where the job is done. "Not stated" is the absence of a value (null, or no key in data written
 * before this field existed), never a guess.
 *
 * | value    | label     | in CSV (written)  | in CSV (read, any case)                         |
 * |----------|-----------|-------------------|-------------------------------------------------|
 * | remote   | Remote    | Remote            | remote, fully remote, work from home, telecommute |
 * | hybrid   | Hybrid    | Hybrid            | hybrid, flexible                                |
 * | onsite   | On site   | On site           | on site, onsite, on-site, in office, in-office  |
 * | (null)   | Not stated| (empty)           | empty, not stated                               |
 */
export const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;
export const WorkplaceSchema = z.enum(WORKPLACES);
export type Workplace = z.infer<typeof WorkplaceSchema>;

export const WORKPLACE_LABELS: Record<Workplace, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' };

const FROM_TEXT: Record<string, Workplace | null> = {
  remote: 'remote',
  'fully remote': 'remote',
  'work from home': 'remote',
  telecommute: 'remote',
  hybrid: 'hybrid',
  flexible: 'hybrid',
  'on site': 'onsite',
  onsite: 'onsite',
  'on-site': 'onsite',
  'in office': 'onsite',
  'in-office': 'onsite',
  '': null,
  'not stated': null,
};

/** A cell's text as a workplace: the value, null for "not stated", undefined when it says something else. */
export function workplaceFromText(text: string): Workplace | null | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return key in FROM_TEXT ? FROM_TEXT[key] : undefined;
}

/**
 * An application's workplace. Data written before the field existed kept only the captured
 * posting's `remote` flag (true: remote, false: on site), which is read as such.
 */
export function workplaceOf(app: { workplace?: Workplace | null; posting?: { remote?: boolean | null } | null }): Workplace | null {
  if (app.workplace !== undefined) return app.workplace;
  const remote = app.posting?.remote;
  return remote === true ? 'remote' : remote === false ? 'onsite' : null;
}
