import { describe, expect, it } from 'vitest';
import { followUpsAt, ghostedTargetStage, isAnswerStage, isOfferStage, StageKindSchema, type Stage, type StageKind } from '../../../../shared/domain';

const stage = (id: string, kind: StageKind): Pick<Stage, 'id' | 'kind'> => ({ id, kind });

describe('what a stage kind means (the table in stage.ts)', () => {
  it.each<[StageKind, string, boolean, boolean]>([
    ['active', 'running', false, false],
    ['offer', 'thank-you only', true, true],
    ['hired', 'stopped', true, true],
    ['rejected', 'stopped', true, false],
    ['withdrawn', 'stopped', false, false],
    ['ghosted', 'stopped', false, false],
  ])('%s: follow-ups %s, answered %s, offer %s', (kind, followUps, answered, offer) => {
    expect(followUpsAt({ kind })).toBe(followUps);
    expect(isAnswerStage({ kind })).toBe(answered);
    expect(isOfferStage({ kind })).toBe(offer);
  });

  it('every kind the schema allows is in the table', () => {
    for (const kind of StageKindSchema.options) expect(['running', 'thank-you only', 'stopped']).toContain(followUpsAt({ kind }));
  });

  it('mark ghosted moves to the first ghosted stage, else the first rejected or withdrawn one, else nowhere', () => {
    expect(ghostedTargetStage([stage('r', 'rejected'), stage('g1', 'ghosted'), stage('g2', 'ghosted')])?.id).toBe('g1');
    expect(ghostedTargetStage([stage('a', 'active'), stage('w', 'withdrawn'), stage('r', 'rejected')])?.id).toBe('w');
    expect(ghostedTargetStage([stage('a', 'active'), stage('o', 'offer'), stage('h', 'hired')])).toBeUndefined();
    expect(ghostedTargetStage([])).toBeUndefined();
  });
});
