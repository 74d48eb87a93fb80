import { isIP } from 'node:net';

/**
 * Which hosts a capture may fetch. The desktop app refuses the user's own machine and private
 * networks by default: a `hearback://add?url=…` link can come from any web page, and it must not
 * make Hearback send requests to a router or an intranet service on the page's behalf. Browser mode
 * with `--capture-local-pages` (the tests, which serve postings on 127.0.0.1) allows every host.
 *
 * Checked on every hop of a redirect. What it cannot see: a public name that resolves to a private
 * address (DNS rebinding); that needs resolving and pinning the address, which plain `fetch` does not offer.
 */
export type HostRule = (hostname: string) => boolean;

export const anyHost: HostRule = () => true;

function privateIPv4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

export const publicHostsOnly: HostRule = (hostname) => {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan')) return false;
  const kind = isIP(host);
  if (kind === 4) return !privateIPv4(host);
  if (kind === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    if (mapped?.[1]) return !privateIPv4(mapped[1]);
    return !(host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host));
  }
  // A bare name without a dot is a machine on the local network.
  return host.includes('.');
};
