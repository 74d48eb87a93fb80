import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo, Notice } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import { archiveShardOf } from '../../../../electron/core/store/archive-shards';
import { ok, openTestCore, tempDir } from '../../../support/core';

describe('notices raised after start reach the app', () => {
  it('an archive file found damaged on first use is repaired, and the open window is told at once', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir });
    const app = await ok<Application>(first, 'applications.create', { company: 'Initech', role: 'Analyst' });
    await ok(first, 'applications.setArchived', { id: app.id, archived: true });
    await first.close();

    const shard = `shard-${String(archiveShardOf(app.id)).padStart(2, '0')}`;
    const file = readdirSync(join(dataDir, 'archive')).find((f) => f.startsWith(shard));
    expect(file).toBeDefined();
    writeFileSync(join(dataDir, 'archive', file!), '{"schemaVersion": 2, "applications": [tru');

    const core = await openTestCore({ dataDir });
    const pushed: Notice[] = [];
    core.onEvent((event, payload) => {
      if (event === 'notice') pushed.push(payload as Notice);
    });
    // Shards load lazily: nothing is known about the damage until the archived card is touched.
    expect((await ok<AppInfo>(core, 'app.info', {})).notices.map((n) => n.code)).not.toContain('archive-repaired');
    const detail = await ok<{ application: Application }>(core, 'applications.get', { id: app.id });
    expect(detail.application.company).toBe('Initech'); // rebuilt from the history
    expect(pushed.map((n) => n.code)).toEqual(['archive-repaired']);
    expect((await ok<AppInfo>(core, 'app.info', {})).notices).toContainEqual(pushed[0]);
    await core.close();
  });
});
