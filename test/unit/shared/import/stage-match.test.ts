import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Stage } from '../../../../shared/domain';
import { matchStage } from '../../../../shared/import';

const CUSTOM: Stage[] = [
  { id: 's0', name: 'Ideas', color: '#000000', kind: 'active', order: 0 },
  { id: 's1', name: 'Sent', color: '#000000', kind: 'active', order: 1 },
  { id: 's2', name: 'Talking', color: '#000000', kind: 'active', order: 2 },
  { id: 's3', name: 'Got it', color: '#000000', kind: 'offer', order: 3 },
  { id: 's4', name: 'No', color: '#000000', kind: 'rejected', order: 4 },
  { id: 's5', name: 'Silent', color: '#000000', kind: 'ghosted', order: 5 },
];

describe('stage values land in a stage by name, then by meaning', () => {
  it.each([
    ['Wishlist', 'wishlist', 'name'],
    ['  interviewing ', 'interviewing', 'name'],
    ['Phone Screen', 'interviewing', 'meaning'],
    ['Interview', 'interviewing', 'meaning'],
    ['Onsite', 'interviewing', 'meaning'],
    ['applied', 'applied', 'name'],
    ['Application submitted', 'applied', 'meaning'],
    ['Offer', 'offer', 'name'],
    ['Negotiating', 'offer', 'meaning'],
    ['Rejected', 'closed', 'meaning'],
    ['No offer', 'closed', 'meaning'],
    ['Ghosted', 'closed', 'meaning'],
    ['Saved', 'wishlist', 'meaning'],
    ['Bookmarked', 'wishlist', 'meaning'],
    ['Zebra', 'wishlist', 'unknown'],
    ['', 'wishlist', 'unknown'],
  ] as const)('default board: %j → %s (%s)', (value, stageId, how) => {
    expect(matchStage(value, DEFAULT_STAGES)).toEqual({ stageId, how });
  });

  it.each([
    ['Phone Screen', 's2'],
    ['Applied', 's1'],
    ['Wishlist', 's0'],
    ['Offer', 's3'],
    ['Hired', 's3'],
    ['Rejected', 's4'],
    ['Ghosted', 's5'],
    ['Withdrawn', 's4'],
  ])('a board with its own names: %j → %s', (value, stageId) => {
    expect(matchStage(value, CUSTOM).stageId).toBe(stageId);
  });
});

/**
 * Each tracker's documented stages on the default board (Wishlist, Applied, Interviewing, Offer,
 * Closed). What a stage means comes from the tracker, not from its spelling: Teal's "Applying"
 * is the application being prepared — not applied yet.
 */
describe('tracker stage presets', () => {
  const TRACKERS: Record<string, readonly (readonly [string, string])[]> = {
    Huntr: [
      ['Wishlist', 'wishlist'],
      ['Applied', 'applied'],
      ['Interview', 'interviewing'],
      ['Offer', 'offer'],
      ['Rejected', 'closed'],
    ],
    Teal: [
      ['Bookmarked', 'wishlist'],
      ['Applying', 'wishlist'],
      ['Applied', 'applied'],
      ['Interviewing', 'interviewing'],
      ['Negotiating', 'offer'],
      ['Accepted', 'offer'],
      ['I Withdrew', 'closed'],
      ['Not Selected', 'closed'],
      ['No Response', 'closed'],
    ],
    Simplify: [
      ['SAVED', 'wishlist'],
      ['APPLIED', 'applied'],
      ['SCREEN', 'interviewing'],
      ['INTERVIEWING', 'interviewing'],
      ['OFFER', 'offer'],
      ['REJECTED', 'closed'],
      ['WITHDRAWN', 'closed'],
    ],
    'a plain sheet': [
      ['To apply', 'wishlist'],
      ['Not yet applied', 'wishlist'],
      ['Phone screen', 'interviewing'],
      ['Ghosted', 'closed'],
      ['Application sent', 'applied'],
    ],
  };
  for (const [tracker, stages] of Object.entries(TRACKERS)) {
    it.each(stages)(`${tracker}: %j → %s`, (value, stageId) => {
      expect(matchStage(value, DEFAULT_STAGES).stageId).toBe(stageId);
    });
  }
});

describe('stage words in the sheet owner’s language', () => {
  it.each([
    ['Beworben', 'applied'],
    ['Vorstellungsgespräch', 'interviewing'],
    ['Absage', 'closed'],
    ['Angebot', 'offer'],
    ['Zu bewerben', 'wishlist'],
    ['Entretien', 'interviewing'],
    ['Refusé', 'closed'],
    ['Rechazado', 'closed'],
    ['Waiting to hear', 'applied'],
    ['In review', 'applied'],
  ])('%j → %s', (value, stageId) => {
    expect(matchStage(value, DEFAULT_STAGES).stageId).toBe(stageId);
  });
});
