import { describe, expect, it } from 'vitest';
import { allTags, buildColumns, cardName, matchesFilter } from '../../../renderer/src/board/board-model';
import { makeApplication, STAGES } from '../shared/export/fixtures';

const app = (id: string, stageId: string, position: number, over = {}) => makeApplication({ id, stageId, position, company: `Co ${id}`, ...over });

describe('board model', () => {
  it('puts cards in their stage, in position order, columns in stage order', () => {
    const columns = buildColumns([...STAGES].reverse(), [app('b', 'applied', 2), app('a', 'applied', 1), app('c', 'offer', 1)], new Map(), { query: '', tag: '' });
    expect(columns.map((c) => c.stage.id)).toEqual(STAGES.map((s) => s.id));
    expect(columns.find((c) => c.stage.id === 'applied')?.all.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('shows a dropped card where it was dropped until the store confirms it', () => {
    const apps = [app('a', 'applied', 1), app('b', 'offer', 1), app('c', 'offer', 2)];
    const columns = buildColumns(STAGES, apps, new Map([['a', { stageId: 'offer', toIndex: 1 }]]), { query: '', tag: '' });
    expect(columns.find((c) => c.stage.id === 'applied')?.all).toEqual([]);
    const offer = columns.find((c) => c.stage.id === 'offer')?.all ?? [];
    expect(offer.map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(offer[1]?.stageId).toBe('offer');
  });

  it('a pending move to a stage that no longer exists leaves the card where the store has it', () => {
    const columns = buildColumns(STAGES, [app('a', 'applied', 1)], new Map([['a', { stageId: 'gone', toIndex: 0 }]]), { query: '', tag: '' });
    expect(columns.find((c) => c.stage.id === 'applied')?.all.map((a) => a.id)).toEqual(['a']);
  });

  it('filters by words in company, role, notes and tags (any case), and by tag; "all" keeps every card for counts', () => {
    const apps = [app('a', 'applied', 1, { notes: 'Met at PyCon', tags: ['remote'] }), app('b', 'applied', 2, { tags: [] })];
    expect(matchesFilter(apps[0]!, { query: 'pycon', tag: '' })).toBe(true);
    expect(matchesFilter(apps[1]!, { query: 'pycon', tag: '' })).toBe(false);
    expect(matchesFilter(apps[1]!, { query: '', tag: 'remote' })).toBe(false);
    const column = buildColumns(STAGES, apps, new Map(), { query: '', tag: 'remote' }).find((c) => c.stage.id === 'applied');
    expect(column?.shown.map((a) => a.id)).toEqual(['a']);
    expect(column?.all).toHaveLength(2);
  });

  it('filters by workplace, "not stated" included, reading older data’s posting flag', () => {
    const posting = { text: '', sourceUrl: 'https://a.example', fetchedAt: '2026-01-01T00:00:00.000Z', employmentType: '', postedOn: '', remote: true, sources: {} };
    const apps = [app('h', 'applied', 1, { workplace: 'hybrid' }), app('o', 'applied', 2, { posting }), app('n', 'applied', 3)];
    const shown = (workplace: '' | 'remote' | 'hybrid' | 'onsite' | 'unstated') => apps.filter((a) => matchesFilter(a, { query: '', tag: '', workplace })).map((a) => a.id);
    expect(shown('')).toEqual(['h', 'o', 'n']);
    expect(shown('hybrid')).toEqual(['h']);
    expect(shown('remote')).toEqual(['o']);
    expect(shown('onsite')).toEqual([]);
    expect(shown('unstated')).toEqual(['n']);
  });

  it('lists tags once, alphabetically, and names a card "company — role"', () => {
    expect(allTags([app('a', 'applied', 1, { tags: ['remote', 'Berlin'] }), app('b', 'applied', 2, { tags: ['remote'] })])).toEqual(['Berlin', 'remote']);
    expect(cardName({ company: 'Acme', role: 'Engineer' })).toBe('Acme — Engineer');
  });
});
