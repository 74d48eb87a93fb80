import { isIP } from 'node:net';

/**
 * Which hosts a capture may fetch. The desktop app refuses the user's own machine and private
 * networks by default: a `hearback://add?url=…` link can come from any web page, and it must not
 * make Hearback send requests to a router or an intranet service on the page's behalf. Browser mode
 * with `--capture-local-pages` (the tests, which serve postings on 127.0.0.1) allows every host.
 *
 * The name is checked on every hop of a redirect; then every address the name resolves to is
 * checked when connecting (`AddressRule`, fetch-page.ts), and the connection goes to the address
 * that was checked — so a public name resolving to a private address (DNS rebinding) is refused too.
 */
export type HostRule = (hostname: string) => boolean;
/** Which resolved addresses a capture may connect to (checked on each connection, after DNS). */
export type AddressRule = (address: string) => boolean;

export const anyHost: HostRule = () => true;
export const anyAddress: AddressRule = () => true;

function privateIPv4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/** An IP address on the public internet: not loopback, private, link-local, CGNAT or unspecified. */
export const publicAddress: AddressRule = (address) => {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  const kind = isIP(ip);
  if (kind === 4) return !privateIPv4(ip);
  if (kind !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped?.[1]) return !privateIPv4(mapped[1]);
  return !(ip === '::' || ip === '::1' || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip));
};

export const publicHostsOnly: HostRule = (hostname) => {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan')) return false;
  if (isIP(host) !== 0) return publicAddress(host);
  // A bare name without a dot is a machine on the local network.
  return host.includes('.');
};
