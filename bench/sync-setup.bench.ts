/**
 * Sync setup benchmarks (medians of a few runs; the pieces a user waits on in Settings → Sync):
 * - sync.setup_key_derivation_ms: one scrypt derivation at the real work factor (N = 2^17, r = 8) —
 *   paid once when making a setup code, once when opening one, and once for the record key.
 * - sync.setup_code_open_ms: opening a setup code with its passphrase (decode, derive, decrypt, parse).
 * - sync.provision_ms: provisioning a new job search on pouchdb-server on loopback (root check,
 *   database, member user, _security, the member's read).
 */
import { deriveKey, newSalt } from '../electron/core/sync/setup/passphrase-key';
import { databaseNameFor, memberUserFor, newMemberPassword, provision } from '../electron/core/sync/setup/provision';
import { createSetupCode, openSetupCode } from '../electron/core/sync/setup/setup-code';
import { startCouchServer } from '../test/support/couch-server';
import { median } from './support';

const RUNS = 5;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function run(): Promise<Record<string, number>> {
  const derive: number[] = [];
  const open: number[] = [];
  const code = await createSetupCode({ v: 1, serverUrl: 'http://127.0.0.1:5984/', database: 'hearback-bench-1', username: 'hearback-1', password: newMemberPassword(), reach: 'own-network', encryptionSalt: null }, 'a bench passphrase');
  for (let i = 0; i < RUNS; i++) {
    derive.push(await timed(() => deriveKey('a bench passphrase', newSalt())));
    open.push(await timed(() => openSetupCode(code, 'a bench passphrase')));
  }
  const server = await startCouchServer();
  const provisioned: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const seed = `bench${i}`;
      provisioned.push(await timed(() => provision({ serverUrl: server.url, admin: server.admin, reach: 'own-network', database: databaseNameFor('Bench', seed), member: { username: memberUserFor(seed), password: newMemberPassword() } })));
    }
  } finally {
    await server.remove();
  }
  return {
    'sync.setup_key_derivation_ms': Math.round(median(derive)),
    'sync.setup_code_open_ms': Math.round(median(open)),
    'sync.provision_ms': Math.round(median(provisioned)),
  };
}
