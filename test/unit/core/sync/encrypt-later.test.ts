import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../../shared/domain';
import { newSalt } from '../../../../electron/core/sync/setup/passphrase-key';
import { recordCipher } from '../../../../electron/core/sync/setup/record-cipher';
import type { RecordCipher } from '../../../../electron/core/sync/sync-port';
import type { CouchTestServer } from '../../../support/couch-server';
import { ok } from '../../../support/core';
import { converged, eventually, syncHarness, type Computer } from '../../../support/sync-cores';

/**
 * Encryption switched on for a job search whose records already went to the server in plain:
 * every current document is written again sealed (new revisions), so the server no longer holds
 * current plain contents; its old revisions keep them until the server is compacted, and the
 * user is told so.
 */
const harness = syncHarness('enc');
let server: CouchTestServer;
let cipher: RecordCipher;
beforeAll(async () => {
  server = harness.server();
  cipher = await recordCipher('correct horse battery', newSalt());
});

interface ServerDoc {
  _id: string;
  type?: string;
  summary?: string;
  fields?: Record<string, { v?: string }>;
  by?: { summary: string };
}

/** Every text of every current document on the server that holds the user's contents and is not sealed. */
async function plainOnServer(database: string): Promise<string[]> {
  const all = (await server.request('GET', `${database}/_all_docs?include_docs=true`)).json as { rows: { doc: ServerDoc }[] };
  const plain: string[] = [];
  const sealed = (text: string | undefined) => text === undefined || text === '' || text.startsWith('e1:');
  for (const { doc } of all.rows) {
    if (doc._id.startsWith('_') || doc._id.startsWith('delivery:')) continue;
    if (doc.type === 'action' && !sealed(doc.summary)) plain.push(`${doc._id} summary ${doc.summary}`);
    if (doc.type !== 'record') continue;
    if (!sealed(doc.by?.summary)) plain.push(`${doc._id} by.summary ${doc.by?.summary}`);
    for (const [name, register] of Object.entries(doc.fields ?? {})) if (!sealed(register.v)) plain.push(`${doc._id} ${name} ${register.v}`);
  }
  return plain;
}

const restartWith = async (c: Computer, recordCipher: RecordCipher | null) => {
  await c.core.sync.stop();
  c.connection = { ...c.connection, recordCipher };
  await c.core.sync.start(c.connection);
};

describe('turning encryption on later', () => {
  it('writes every plain document again sealed: no current document on the server has plain values', async () => {
    const [desk, laptop] = await harness.computers('Desk', 'Laptop');
    const acme = await ok<Application>(desk!.core, 'applications.create', { company: 'Plain Corp', role: 'Engineer', stageId: 'applied' });
    await ok(desk!.core, 'applications.update', { id: acme.id, patch: { notes: 'Recruiter: Dana, plain text' } });
    await ok<Application>(laptop!.core, 'applications.create', { company: 'Laptop Plain Ltd', role: 'Designer', stageId: 'applied' });
    await converged([desk!, laptop!]);
    const database = desk!.connection.database;
    expect((await plainOnServer(database)).length).toBeGreaterThan(0);

    // The laptop stops syncing; the desk switches encryption on.
    await laptop!.core.sync.stop();
    await restartWith(desk!, cipher);
    await converged([desk!]);
    await eventually(async () => (await plainOnServer(database)).length === 0, 'every current document on the server to be sealed');
    const everything = JSON.stringify((await server.request('GET', `${database}/_all_docs?include_docs=true`)).json);
    expect(everything).not.toContain('Plain Corp');
    expect(everything).not.toContain('Recruiter: Dana');

    // The desk says what stays readable, in plain words.
    const info = await ok<{ notices: { code: string; message: string }[] }>(desk!.core, 'app.info', {});
    expect(info.notices.find((n) => n.code === 'sync-resealed')?.message).toMatch(/compact/);

    // The laptop, given the key, reads the sealed records, and the two go on syncing.
    await restartWith(laptop!, cipher);
    await ok(desk!.core, 'applications.move', { id: acme.id, toStageId: 'offer', toIndex: 0 });
    await converged([desk!, laptop!]);
    expect(laptop!.core.store.readApplication(acme.id)).toMatchObject({ company: 'Plain Corp', notes: 'Recruiter: Dana, plain text', stageId: 'offer' });
    expect(await plainOnServer(database)).toEqual([]);
  }, 60_000);

  it('a plain document arriving later from a computer still without encryption is read and sealed', async () => {
    const [desk, laptop] = await harness.computers('Desk', 'Laptop');
    await converged([desk!, laptop!]);
    await restartWith(desk!, cipher);
    await converged([desk!]);
    const late = await ok<Application>(laptop!.core, 'applications.create', { company: 'Late Plain Inc', role: 'Engineer', stageId: 'applied' });
    await eventually(() => desk!.core.store.readApplication(late.id)?.company === 'Late Plain Inc', 'the desk to read the plain record');
    await eventually(async () => (await plainOnServer(desk!.connection.database)).length === 0, 'the late record to be sealed on the server');
  }, 60_000);

  it('set up again elsewhere with encryption: the new database holds no plain contents, and the notice names the old one', async () => {
    const [desk] = await harness.computers('Desk');
    await ok<Application>(desk!.core, 'applications.create', { company: 'Plain Corp', role: 'Engineer', stageId: 'applied' });
    await converged([desk!]);
    const before = desk!.connection.database;
    const elsewhere = await harness.database();
    await desk!.core.sync.stop();
    desk!.connection = { ...desk!.connection, database: elsewhere, recordCipher: cipher };
    await desk!.core.sync.start(desk!.connection);
    await converged([desk!]);
    const all = (await server.request('GET', `${elsewhere}/_all_docs?include_docs=true`)).json as { rows: unknown[] };
    expect(all.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(all)).not.toContain('Plain Corp');
    expect(await plainOnServer(elsewhere)).toEqual([]);
    const info = await ok<{ notices: { code: string; message: string }[] }>(desk!.core, 'app.info', {});
    const notice = info.notices.find((n) => n.code === 'sync-resealed')?.message ?? '';
    expect(notice).toContain(`“${before}”`);
    expect(notice).toMatch(/delete it/);
  }, 60_000);
});
