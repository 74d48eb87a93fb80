import { describe, expect, it } from 'vitest';
import { CreateApplicationSchema, type CapturePreview } from '../../../shared/contract';
import { createRequest, draftFromPreview, edit } from '../../../renderer/src/capture/capture-form';

const preview: CapturePreview = {
  url: 'https://jobs.lever.co/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f',
  fetchedAt: '2026-12-07T10:00:00.000Z',
  fields: {
    company: { value: 'Kestrel Ai', source: 'lever', certain: false },
    role: { value: 'Machine Learning Engineer', source: 'lever', certain: true },
    workplace: { value: 'hybrid', source: 'lever', certain: true },
    text: { value: 'Forecasting models.', source: 'lever', certain: true },
  },
  problem: null,
  duplicates: [],
};

describe('the capture form: workplace from the preview to the new application', () => {
  it('keeps the workplace on the application and its source in the posting, and writes no old remote flag', () => {
    const request = createRequest(draftFromPreview(preview, 'wishlist'), preview);
    expect(request.workplace).toBe('hybrid');
    expect(request.posting?.sources).toMatchObject({ workplace: 'lever' });
    expect(request.posting && 'remote' in request.posting).toBe(false);
    expect(CreateApplicationSchema.safeParse(request).success).toBe(true);
  });

  it('a workplace the user changes says so; "not stated" sends none', () => {
    const changed = edit(draftFromPreview(preview, 'wishlist'), 'workplace', 'onsite');
    expect(changed.sources.workplace).toEqual({ source: 'you', certain: true });
    expect(createRequest(changed, preview).workplace).toBe('onsite');
    expect(createRequest(edit(changed, 'workplace', ''), preview)).not.toHaveProperty('workplace');
  });
});
