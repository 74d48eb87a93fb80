/**
 * Run inside a private network namespace (`unshare -rn`) where `PROBE_HOST` is an address of this
 * namespace: starts a plaintext-only fake IMAP server there, lets Hearback's connection code try
 * it with TLS off, and prints what the server received and what the user was told, as JSON.
 */
import { connectImap } from '../../electron/core/mail/imap-session';
import { classifyImapError } from '../../electron/core/mail/imap-problem';
import { startFakeImap } from './fake-imap';

const host = process.env.PROBE_HOST ?? '127.0.0.1';
const server = await startFakeImap({ host });
const target = { host, port: server.port, tls: false, user: 'dana@example.com' };
let problem: unknown = null;
try {
  const client = await connectImap(target, 'probe-secret-password');
  await client.logout().catch(() => client.close());
} catch (error) {
  problem = classifyImapError(error, target);
}
await server.close();
const passwordSent = server.commands.some((c) => c.includes('probe-secret-password') || /^\S+ (LOGIN|AUTHENTICATE)\b/i.test(c));
process.stdout.write(JSON.stringify({ passwordSent, commands: server.commands.map((c) => c.split(' ').slice(1, 2).join(' ')), problem }));
