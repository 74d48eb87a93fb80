import { describe, expect, it } from 'vitest';
import { dataMethods } from '../../../../shared/contract/methods/data';
import { IMPORT_FIELDS } from '../../../../shared/import';
import type { previewCsv } from '../../../../electron/core/data/import-plan';
import type { Insights } from '../../../../shared/insights';
import type { CsvPreviewResponse, InsightsResponse } from '../../../../shared/contract/methods/data';

// Compile-time: the contract's response types and the pure modules' results agree.
const previewMatches = (p: ReturnType<typeof previewCsv>): CsvPreviewResponse => p;
const insightsMatch = (i: Insights): InsightsResponse => i;

describe('data contract', () => {
  it('refuses a range that ends before it starts', () => {
    const result = dataMethods['export.run'].request.safeParse({ format: 'csv-history', from: '2026-03-02T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' });
    expect(result.success).toBe(false);
  });
  it('accepts every import field in a mapping', () => {
    const mapping = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i]));
    expect(dataMethods['import.previewCsv'].request.safeParse({ csv: 'a', preset: 'teal', mapping }).success).toBe(true);
    expect(typeof previewMatches).toBe('function');
    expect(typeof insightsMatch).toBe('function');
  });
  it('refuses unknown formats and presets', () => {
    expect(dataMethods['export.run'].request.safeParse({ format: 'xlsx' }).success).toBe(false);
    expect(dataMethods['import.previewCsv'].request.safeParse({ csv: '', preset: 'lever' }).success).toBe(false);
  });
});
