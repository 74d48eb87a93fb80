import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basicAuth, calDavRequests, spawnServer, waitUntilAnswering, type CalDavTestServer } from './caldav-server';
import { freePort } from './loopback';

/**
 * Debian's Radicale, started here with a generated config on a loopback port and a temporary
 * storage folder (no system service), stopped after. Plain-text htpasswd users, each owning their
 * own collections. Radicale answers RFC 6578 sync-collection; it computes ctags and sync-tokens by
 * hashing every item, so its answers grow with the calendar.
 */
export type RadicaleServer = CalDavTestServer;

export function radicaleAvailable(): boolean {
  return spawnSync('radicale', ['--version']).status === 0;
}

export async function startRadicale(): Promise<RadicaleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-radicale-'));
  const port = await freePort();
  const username = 'jordan';
  const password = 'app-password-1';
  writeFileSync(join(dir, 'users'), `${username}:${password}\n`);
  const config = join(dir, 'config');
  writeFileSync(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${join(dir, 'users')}`,
      'htpasswd_encryption = plain',
      'delay = 0',
      '[storage]',
      `filesystem_folder = ${join(dir, 'collections')}`,
      '[rights]',
      'type = owner_only',
      '[web]',
      'type = none',
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  const server = spawnServer('radicale', ['--config', config]);
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(url, server, 'radicale');
  const auth = basicAuth(username, password);
  const requests = calDavRequests(server, dir, auth);
  return {
    name: 'Radicale',
    url,
    username,
    password,
    auth,
    homeUrl: `${url}${username}/`,
    makeCalendar: (slug, displayName) => requests.makeCalendarAt(`${url}${username}/${slug}/`, displayName),
    put: requests.put,
    seedCalendar: async (slug, vevents) => {
      const target = `${url}${username}/${slug}/`;
      await requests.putCollection(target, vevents);
      return target;
    },
    remove: requests.remove,
    stop: requests.stop,
  };
}
