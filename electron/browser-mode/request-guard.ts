import { timingSafeEqual } from 'node:crypto';

/**
 * Who may drive browser mode: only a page that was given the per-launch secret (in the URL we
 * print), reaching us by our own loopback host name. The host check defeats DNS rebinding; the
 * secret defeats other local pages and processes.
 */

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function tokenMatches(given: string | null | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header ?? '');
  return match?.[1] ?? null;
}

export function checkApiRequest(args: { host: string | undefined; port: number; token: string | null; secret: string; origin: string | undefined }): GuardVerdict {
  if (!hostAllowed(args.host, args.port)) return { ok: false, status: 403, reason: 'unexpected Host header' };
  if (args.origin !== undefined && args.origin !== `http://${args.host}`) return { ok: false, status: 403, reason: 'cross-origin request' };
  if (!tokenMatches(args.token, args.secret)) return { ok: false, status: 401, reason: 'missing or wrong session token' };
  return { ok: true };
}
