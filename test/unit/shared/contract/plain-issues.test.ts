import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, plainIssues } from '../../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../../shared/domain';

/** Words that belong to developers: zod's vocabulary, method names, dotted paths, raw values. */
export const DEVELOPER_WORDS =
  /expected|received|invalid input|invalid option|too small|too big|>=|<=|\bint\b|\bNaN\b|undefined|\bnull\b|request|schema|zod|unrecognized|\b(applications|settings|mail|interviews|followUps|stages|history|data|capture|calendar|workspace|import|notifications)\.[a-z]|\b[a-z]+[A-Z][a-zA-Z]*\b/;

/** A payload close to a real one, with one field broken in a way a form could break it. */
const brokenValue = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(2.5),
  fc.constant(1e12),
  fc.constant(Number.NaN),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant('x'.repeat(3000)),
  fc.constant('not a date'),
  fc.constant(true),
  fc.constant([]),
  fc.constant({}),
);

const settingsPaths = Object.keys(DEFAULT_SETTINGS.cadence).map((k) => ['patch', 'cadence', k]);

describe('refusals in plain words', () => {
  it('every sentence for every method and broken field names a field, ends with a full stop and uses no developer words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHOD_NAMES), fc.dictionary(fc.constantFrom('company', 'role', 'id', 'patch', 'account', 'url', 'startsAt', 'timeZone', 'round', 'durationMinutes'), brokenValue), (method, payload) => {
        const schema = contract[method].request;
        const parsed = schema.safeParse(payload);
        if (parsed.success) return;
        for (const issue of plainIssues(parsed.error, schema)) {
          expect(issue.message).toMatch(/^[A-Z“].*\.$/);
          expect(issue.message).not.toMatch(DEVELOPER_WORDS);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('every cadence number, whatever the broken value, says its whole range', () => {
    const schema = contract['settings.update'].request;
    fc.assert(
      fc.property(fc.constantFrom(...settingsPaths), brokenValue, (path, value) => {
        const key = path[2] as keyof typeof DEFAULT_SETTINGS.cadence;
        const parsed = schema.safeParse({ patch: { cadence: { [key]: value } } });
        if (parsed.success) return;
        const [issue] = plainIssues(parsed.error, schema);
        expect(issue?.message).not.toMatch(DEVELOPER_WORDS);
        if (typeof DEFAULT_SETTINGS.cadence[key] === 'number' && value !== undefined) expect(issue?.message).toMatch(/must be (a|a whole) number from \d+ to \d+\.$/);
      }),
    );
  });

  it('names labels the user knows', () => {
    const schema = contract['mail.accounts.test'].request;
    const parsed = schema.safeParse({ account: { label: '', preset: 'other', host: '', port: 993, tls: true, user: '', address: '' }, password: '' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const messages = plainIssues(parsed.error, schema).map((i) => i.message);
    expect(messages).toContain('User name is required.');
    for (const message of messages) expect(message).not.toMatch(DEVELOPER_WORDS);
  });
});
