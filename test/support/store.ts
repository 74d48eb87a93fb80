import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { HearbackStore, type StoreOptions } from '../../electron/core/store/hearback-store';
import { LOCK_FILE } from '../../electron/core/store/data-folder-lock';
import type { Application } from '../../shared/domain';

let counter = 0;
export const sequentialIds = () => () => `id${(++counter).toString(36)}`;

export function openStore(dataDir: string, options: Partial<StoreOptions> = {}): HearbackStore {
  let tick = Date.parse('2026-03-02T09:00:00.000Z');
  return HearbackStore.open({
    dataDir,
    now: () => new Date((tick += 1000)),
    newId: sequentialIds(),
    ...options,
  });
}

/** What a crash leaves behind: the process is gone, its lock file is not. Lets a test reopen. */
export function simulateCrash(dataDir: string): void {
  rmSync(join(dataDir, LOCK_FILE), { force: true });
}

/**
 * An application holding only the fields every version of the data has had: what files written
 * before postings and workplaces were kept hold (tests that older data still loads parse it).
 */
export function applicationOfEveryVersion(id: string, overrides: Partial<Application> = {}): Application {
  return {
    id,
    company: `Company ${id}`,
    role: 'Engineer',
    jobUrl: '',
    location: '',
    salary: null,
    source: '',
    notes: '',
    tags: [],
    fitLine: '',
    contacts: [],
    stageId: 'applied',
    position: 1,
    stageReachedAt: {},
    archived: false,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function makeApplication(id: string, overrides: Partial<Application> = {}): Application {
  return applicationOfEveryVersion(id, { stageReachedAt: { applied: '2026-03-01T09:00:00.000Z' }, ...overrides });
}

export function putApplication(store: HearbackStore, app: Application, kind: 'created' | 'updated' | 'moved' | 'archived' = 'created') {
  return store.commit({
    summary: `${kind} ${app.company}`,
    undoable: true,
    changes: [{ entity: 'application', kind, id: app.id, applicationId: app.id, after: app, summary: `${kind} ${app.company}` }],
  });
}
