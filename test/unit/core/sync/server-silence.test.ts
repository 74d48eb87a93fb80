import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure, openRemote } from '../../../../electron/core/sync/engine/remote';
import { startCouchServer, type CouchTestServer } from '../../../support/couch-server';
import { DATABASE, MEMBER } from '../../../support/sync-cores';
import { startTcpProxy, type TcpProxy } from '../../../support/tcp-proxy';

/**
 * A server that accepts connections and never answers (a stuck proxy, a half-dead NAS) must show
 * as offline, not "syncing" for ever: every request to it ends after the silence timeout.
 */
let server: CouchTestServer;
let proxy: TcpProxy;
beforeAll(async () => {
  server = await startCouchServer();
  await server.provision(DATABASE, MEMBER.username, MEMBER.password);
  proxy = await startTcpProxy(Number(new URL(server.url).port));
}, 30_000);
afterAll(async () => {
  await proxy.close();
  await server.remove();
});

describe('a server that never answers', () => {
  it('answers through the proxy while it is open, and is offline within the silence timeout once it goes silent', async () => {
    const opened = openRemote({ serverUrl: proxy.url, database: DATABASE, username: MEMBER.username, password: MEMBER.password, recordCipher: null, reach: 'own-network' }, { silenceTimeoutMs: 1_500 });
    if ('refused' in opened) throw new Error(`refused: ${opened.refused}`);
    try {
      await opened.db.allDocs({ limit: 0 });
      await proxy.cut('blackhole');
      // Without the silence timeout this request waits undici's five minutes and the test times out.
      const failure = await opened.db.allDocs({ limit: 0 }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure, 'the request to a silent server fails').not.toBeNull();
      expect(classifyFailure(failure)).toEqual({ kind: 'offline' });
    } finally {
      await proxy.heal();
      await opened.close();
    }
  }, 60_000);
});
