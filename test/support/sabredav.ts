import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basicAuth, calDavRequests, spawnServer, waitUntilAnswering, type CalDavTestServer } from './caldav-server';
import { freePort } from './loopback';

/**
 * Debian's Sabre/DAV (php-sabre-dav: the CalDAV engine behind Nextcloud and Baïkal) over SQLite,
 * served by PHP's built-in web server on a loopback port, with its database in a temporary folder.
 * Sabre keeps each calendar's ctag as a counter in its table (as iCloud and Fastmail keep theirs),
 * and this version (1.8) has no sync-collection — so it also proves the ctag + etag path.
 */
const HERE = join(dirname(fileURLToPath(import.meta.url)), 'sabredav');
const SCHEMA = '/usr/share/doc/php-sabre-dav/examples/sql/sqlite.calendars.sql';

export function sabreDavMissingReason(): string | null {
  if (spawnSync('php', ['--version']).status !== 0) return 'php is not installed (apt-get install -y php-cli php-sqlite3 php-sabre-dav)';
  if (!existsSync('/usr/share/php/Sabre/autoload.php') || !existsSync(SCHEMA)) return 'php-sabre-dav is not installed (apt-get install -y php-sabre-dav)';
  if (spawnSync('php', ['-r', 'exit(extension_loaded("pdo_sqlite") ? 0 : 1);']).status !== 0) return 'php-sqlite3 is not installed (apt-get install -y php-sqlite3)';
  return null;
}

export async function startSabreDav(): Promise<CalDavTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-sabredav-'));
  const port = await freePort();
  const username = 'jordan';
  const password = 'app-password-1';
  const db = join(dir, 'db.sqlite');
  const init = spawnSync('php', [join(HERE, 'init-db.php'), db, username], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`sabre/dav database: ${init.stderr}${init.stdout}`);
  // Sabre 1.8 predates PHP 8's deprecations; they would end up in answers, so they are not shown.
  const server = spawnServer('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED & ~E_WARNING', '-S', `127.0.0.1:${port}`, join(HERE, 'server.php')], {
    HB_DAV_USER: username,
    HB_DAV_PASSWORD: password,
    HB_DAV_DB: db,
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(url, server, 'sabre/dav');
  const auth = basicAuth(username, password);
  const requests = calDavRequests(server, dir, auth);
  return {
    name: 'Sabre/DAV',
    url,
    username,
    password,
    auth,
    homeUrl: `${url}calendars/${username}/`,
    makeCalendar: (slug, displayName) => requests.makeCalendarAt(`${url}calendars/${username}/${slug}/`, displayName),
    put: requests.put,
    seedCalendar: async (slug, vevents) => {
      const target = await requests.makeCalendarAt(`${url}calendars/${username}/${slug}/`, slug);
      await requests.putEach(target, vevents);
      return target;
    },
    remove: requests.remove,
    stop: requests.stop,
  };
}
