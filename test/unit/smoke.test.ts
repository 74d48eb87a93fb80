import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/contract';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../shared/domain';

describe('contract', () => {
  it('names every method with a request and a response schema', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
    for (const name of METHOD_NAMES) {
      expect(contract[name].request).toBeDefined();
      expect(contract[name].response).toBeDefined();
    }
  });
  it('has valid default settings', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
