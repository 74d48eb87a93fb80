import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../../electron/core/sync/engine/hlc';
import { changedFields, mergeRecordDocs, recordView, type RecordDoc } from '../../../../electron/core/sync/engine/record-doc';

/** The resolver's rules (record-doc.ts): merging is order-free, and deletes and edits meet as the table says. */
const stamp = fc.record({ hlc: fc.integer({ min: 1, max: 50 }).map((ms) => formatHlc({ ms, counter: 0 })), dev: fc.constantFrom('desk', 'laptop', 'tablet') });
const register = fc.record({
  hlc: stamp.map((s) => s.hlc),
  dev: fc.constantFrom('desk', 'laptop', 'tablet'),
  act: fc.constantFrom('a1', 'a2'),
  v: fc.option(
    fc.jsonValue().map((j) => JSON.stringify(j)),
    { nil: undefined },
  ),
});
const doc = fc
  .record({
    fields: fc.dictionary(fc.constantFrom('stageId', 'position', 'notes', 'archived', 'company'), register),
    deleted: fc.option(fc.record({ hlc: stamp.map((s) => s.hlc), dev: fc.constantFrom('desk', 'laptop'), act: fc.constant('d') }), { nil: null }),
    by: fc.record({ hlc: stamp.map((s) => s.hlc), dev: fc.constantFrom('desk', 'laptop', 'tablet'), name: fc.constant('n'), summary: fc.constant('s'), act: fc.constant('a') }),
  })
  .map((d): RecordDoc => ({ _id: 'application:x', type: 'record', entity: 'application', id: 'x', applicationId: 'x', ...d }));

const canonical = (d: RecordDoc) => JSON.stringify(d);

describe('record documents: the resolver', () => {
  it('gives the same record whatever order revisions are merged in, and merging twice changes nothing', () => {
    fc.assert(
      fc.property(doc, doc, doc, (a, b, c) => {
        const abc = mergeRecordDocs([mergeRecordDocs([a, b]), c]);
        expect(canonical(mergeRecordDocs([c, b, a]))).toBe(canonical(abc));
        expect(canonical(mergeRecordDocs([a, mergeRecordDocs([c, b])]))).toBe(canonical(abc));
        expect(canonical(mergeRecordDocs([abc, abc]))).toBe(canonical(mergeRecordDocs([abc])));
      }),
    );
  });

  const t = (ms: number) => formatHlc({ ms, counter: 0 });
  const base: RecordDoc = { _id: 'application:x', type: 'record', entity: 'application', id: 'x', applicationId: 'x', fields: {}, deleted: null, by: { hlc: t(1), dev: 'desk', name: 'Desk', summary: '', act: 'a' } };
  const reg = (ms: number, dev: string, value: unknown) => ({ hlc: t(ms), dev, act: `act-${ms}`, v: JSON.stringify(value) });

  it('per field, the latest stamp wins; on equal times the larger device id', () => {
    const desk = { ...base, fields: { stageId: reg(5, 'desk', 'applied'), notes: reg(2, 'desk', 'old') } };
    const laptop = { ...base, fields: { stageId: reg(5, 'laptop', 'interviewing'), notes: reg(3, 'laptop', 'new') } };
    const view = recordView(mergeRecordDocs([desk, laptop]));
    expect(view).toEqual({ state: 'live', value: { stageId: 'interviewing', notes: 'new' }, revived: false });
  });

  it('a delete later than every edit wins; an edit the deleter had not seen brings the card back archived', () => {
    const edited = { ...base, fields: { stageId: reg(5, 'desk', 'offer'), archived: reg(1, 'desk', false) } };
    expect(recordView(mergeRecordDocs([edited, { ...base, deleted: { hlc: t(9), dev: 'laptop', act: 'd' } }]))).toEqual({ state: 'deleted' });
    expect(recordView(mergeRecordDocs([edited, { ...base, deleted: { hlc: t(4), dev: 'laptop', act: 'd' } }]))).toEqual({ state: 'live', value: { stageId: 'offer', archived: true }, revived: true });
    const unarchivedLater = { ...base, fields: { archived: reg(7, 'desk', false) }, deleted: { hlc: t(4), dev: 'laptop', act: 'd' } };
    expect(recordView(unarchivedLater)).toEqual({ state: 'live', value: { archived: false }, revived: true });
  });

  it('deliveries from two computers are both kept, one per occurrence', () => {
    const d = (occurrence: string, at: string) => ({ occurrence, at, via: 'notification' });
    const fu = { ...base, entity: 'followUp' as const };
    const one = { ...fu, fields: { deliveries: reg(3, 'desk', [d('o1', '2026-01-01T10:00:00Z')]) } };
    const two = { ...fu, fields: { deliveries: reg(4, 'laptop', [d('o1', '2026-01-01T10:00:01Z'), d('o2', '2026-01-02T10:00:00Z')]) } };
    const merged = recordView(mergeRecordDocs([one, two]));
    expect(merged.state === 'live' && merged.value['deliveries']).toEqual([d('o1', '2026-01-01T10:00:00Z'), d('o2', '2026-01-02T10:00:00Z')]);
  });

  it('names the fields a change touched', () => {
    expect(changedFields(null, { a: 1, b: 2 })).toEqual(['a', 'b']);
    expect(changedFields({ a: 1, b: [1] }, { a: 1, b: [2], c: 3 })).toEqual(['b', 'c']);
  });
});
