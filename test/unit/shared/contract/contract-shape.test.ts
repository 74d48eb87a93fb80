import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../../shared/contract';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../shared/domain';

// What every boundary check relies on: no request schema lets an unknown field through (a typo in
// the renderer would otherwise be silently dropped), and the defaults pass their own schema.
describe('the contract', () => {
  it.each(METHOD_NAMES)('%s refuses a field it does not know, naming it', (name) => {
    const parsed = contract[name].request.safeParse({ __unexpected: 1 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['__unexpected'] }));
  });

  it('has valid default settings', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
