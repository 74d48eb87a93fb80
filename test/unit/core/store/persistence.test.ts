import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../support/core';
import { makeApplication, openStore, putApplication, simulateCrash } from '../../../support/store';

describe('interview store: persistence', () => {
  it('keeps every change across a clean restart', () => {
    const dir = tempDir();
    const store = openStore(dir);
    putApplication(store, makeApplication('a1'));
    putApplication(store, makeApplication('a1', { stageId: 'interviewing' }), 'moved');
    store.close();
    const reopened = openStore(dir);
    expect(reopened.readApplication('a1')?.stageId).toBe('interviewing');
    expect(reopened.revision).toBe(2);
    reopened.close();
  });

  it('replays acknowledged changes that never reached the snapshot (crash before compaction)', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1000 });
    for (let i = 0; i < 20; i++) putApplication(store, makeApplication(`a${i}`));
    simulateCrash(dir);
    const reopened = openStore(dir);
    expect(reopened.active.applications.size).toBe(20);
    reopened.close();
  });

  it('cuts off a torn final journal line (a crash mid-append was never acknowledged)', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1000 });
    putApplication(store, makeApplication('a1'));
    simulateCrash(dir);
    appendFileSync(join(dir, 'history', '000001.jsonl'), '0badc0de [{"seq":2,"at":"2026');
    const reopened = openStore(dir);
    expect(reopened.revision).toBe(1);
    putApplication(reopened, makeApplication('a2'));
    reopened.close();
    const again = openStore(dir);
    expect([...again.active.applications.keys()].sort()).toEqual(['a1', 'a2']);
    again.close();
  });

  it('rotates history into shards and keeps reading across them', () => {
    const dir = tempDir();
    const store = openStore(dir, { shardEvents: 10, compactEvery: 7 });
    for (let i = 0; i < 35; i++) putApplication(store, makeApplication(`a${i % 5}`, { notes: `edit ${i}` }), i < 5 ? 'created' : 'updated');
    store.close();
    const shards = readdirSync(join(dir, 'history')).filter((f) => f.endsWith('.jsonl'));
    expect(shards.length).toBe(4);
    const reopened = openStore(dir, { shardEvents: 10 });
    expect(reopened.readApplication('a4')?.notes).toBe('edit 34');
    expect(reopened.historyPage({}, Number.MAX_SAFE_INTEGER, 100).map((e) => e.seq)).toEqual(Array.from({ length: 35 }, (_, i) => 35 - i));
    expect(reopened.historyPage({ applicationId: 'a0' }, Number.MAX_SAFE_INTEGER, 3).map((e) => e.seq)).toEqual([31, 26, 21]);
    expect([...reopened.iterateHistory()].length).toBe(35);
    reopened.close();
  });

  it('rebuilds a lost per-shard application list when a query needs it', () => {
    const dir = tempDir();
    const store = openStore(dir, { shardEvents: 5 });
    for (let i = 0; i < 12; i++) putApplication(store, makeApplication(`a${i % 3}`, { notes: `${i}` }), i < 3 ? 'created' : 'updated');
    store.close();
    writeFileSync(join(dir, 'history', '000001.apps.json'), 'not json');
    const reopened = openStore(dir, { shardEvents: 5 });
    expect(reopened.historyPage({ applicationId: 'a0' }, Number.MAX_SAFE_INTEGER, 10).map((e) => e.seq)).toEqual([10, 7, 4, 1]);
    expect(JSON.parse(readFileSync(join(dir, 'history', '000001.apps.json'), 'utf8'))).toEqual(['a0', 'a1', 'a2']);
    reopened.close();
  });

  it('rebuilds a lost history index from the shards', () => {
    const dir = tempDir();
    const store = openStore(dir, { shardEvents: 5 });
    for (let i = 0; i < 12; i++) putApplication(store, makeApplication(`a${i}`));
    store.close();
    writeFileSync(join(dir, 'history', 'index.json'), '{ broken');
    const reopened = openStore(dir, { shardEvents: 5 });
    expect(reopened.historyPage({}, Number.MAX_SAFE_INTEGER, 100)).toHaveLength(12);
    reopened.close();
  });

  it('keeps archived applications out of the active set and the snapshot, and restores them with their records', () => {
    const dir = tempDir();
    const store = openStore(dir);
    putApplication(store, makeApplication('keep'));
    putApplication(store, makeApplication('old'));
    store.commit({
      summary: 'interview',
      undoable: true,
      changes: [{ entity: 'interview', kind: 'created', id: 'i1', applicationId: 'old', after: interviewOf('old'), summary: '' }],
    });
    putApplication(store, makeApplication('old', { archived: true }), 'archived');
    expect([...store.active.applications.keys()]).toEqual(['keep']);
    expect(store.active.interviews.size).toBe(0);
    store.close();
    const snapshot = JSON.parse(readFileSync(join(dir, 'hearback.json'), 'utf8')) as { applications: { id: string }[] };
    expect(snapshot.applications.map((a) => a.id)).toEqual(['keep']);
    const reopened = openStore(dir);
    expect(reopened.listArchived('', 0, 10).items.map((a) => a.id)).toEqual(['old']);
    putApplication(reopened, makeApplication('old', { archived: false }), 'updated');
    expect(reopened.readChildrenOf('old').interviews.map((i) => i.id)).toEqual(['i1']);
    expect(reopened.active.interviews.has('i1')).toBe(true);
    reopened.close();
  });

  it('writes nothing and names the field when a record is invalid', () => {
    const dir = tempDir();
    const store = openStore(dir);
    putApplication(store, makeApplication('a1'));
    const before = readFileSync(join(dir, 'history', '000001.jsonl'), 'utf8');
    expect(() => putApplication(store, makeApplication('a2', { company: '' }))).toThrowError(/company/);
    expect(readFileSync(join(dir, 'history', '000001.jsonl'), 'utf8')).toBe(before);
    expect(store.revision).toBe(1);
    store.close();
  });

  it('keeps rolling backups and never more than five', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1 });
    for (let i = 0; i < 9; i++) putApplication(store, makeApplication(`a${i}`));
    store.close();
    expect(existsSync(join(dir, 'backups'))).toBe(true);
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.startsWith('hearback-'))).toHaveLength(5);
  });
});

function interviewOf(applicationId: string) {
  return {
    id: 'i1',
    applicationId,
    round: 'First round',
    startsAt: '2026-03-03T10:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    format: 'video' as const,
    location: '',
    interviewerIds: [],
    notes: '',
    memorableDetail: '',
    hearBack: { status: 'unknown' as const, date: null, channel: null, asked: false },
    outcome: 'pending' as const,
    heardBackAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}
