import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses anything Hearback fetches may reach — postings, calendar feeds, CalDAV servers,
 * every redirect hop. A `hearback://add` link or a feed that redirects can come from anyone, and
 * must not make Hearback send requests into the user's own computer or network on their behalf.
 *
 * | reach          | allowed                                                                  |
 * |----------------|--------------------------------------------------------------------------|
 * | `public`       | public unicast only: IPv4 outside every IANA special-purpose block;      |
 * |                | IPv6 inside 2000::/3 and outside every special block                     |
 * | `own-network`  | also loopback, private (RFC 1918), unique-local, link-local, CGNAT —     |
 * |                | the user said "this server is on my own network"                         |
 * | never          | unspecified, multicast, broadcast, reserved/documentation/benchmarking,  |
 * |                | and every IPv6 form that embeds an IPv4 address (mapped ::ffff:0:0/96,   |
 * |                | translated ::ffff:0:0:0/96, compatible ::/96, NAT64 64:ff9b::/96 and     |
 * |                | /48, 6to4 2002::/16, Teredo 2001::/32): the embedded address could be    |
 * |                | anything, and no job site needs them                                     |
 *
 * Names are checked twice: by name before any request (`localhost`, `*.local`, a bare word…), and
 * by every address the name resolves to when connecting (guarded-dispatcher.ts), so a public name
 * that resolves to a private address (DNS rebinding) is refused too. An IP literal in a link is
 * checked the same way, whatever way it is written: the URL parser turns `0x7f.1` and
 * `2130706433` into `127.0.0.1` and `[::ffff:127.0.0.1]` into `[::ffff:7f00:1]`; both are
 * classified here after parsing, never by their text.
 */
export type NetworkReach = 'public' | 'own-network';

/** Ranges (ipaddr.js names) that are the user's own computer or network. */
const OWN_NETWORK_RANGES = new Set(['loopback', 'private', 'linkLocal', 'carrierGradeNat', 'uniqueLocal']);

/** The address without brackets or an IPv6 zone (`fe80::1%eth0`), or null when it is no IP address. */
function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  // Only the forms Node itself treats as addresses: `127.1` or `0x7f.1` is a *name* to Node
  // (resolved, then its addresses checked), never silently read as 127.0.0.1 here.
  if (isIP(bare) === 0) return null;
  try {
    return ipaddr.parse(bare);
  } catch {
    return null;
  }
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** The address's kind for the rule above: 'public', 'own-network' or 'never'. */
export function addressKind(address: string): 'public' | 'own-network' | 'never' {
  const parsed = parseAddress(address);
  if (parsed === null) return 'never';
  const range = parsed.range();
  if (OWN_NETWORK_RANGES.has(range)) return 'own-network';
  if (parsed.kind() === 'ipv4') return range === 'unicast' ? 'public' : 'never';
  const v6 = parsed as ipaddr.IPv6;
  // ::/96 (IPv4-compatible, deprecated) is not a named range in ipaddr.js; 2000::/3 excludes it.
  if (range === 'unicast' && v6.match(GLOBAL_UNICAST_V6)) return 'public';
  return 'never';
}

/** An address on the public internet (any textual IPv4/IPv6 form Node accepts as an address). */
export function isPublicUnicast(address: string): boolean {
  return addressKind(address) === 'public';
}

/** Whether a connection to this address is allowed under `reach`. */
export function allowedAddress(address: string, reach: NetworkReach): boolean {
  const kind = addressKind(address);
  return kind === 'public' || (kind === 'own-network' && reach === 'own-network');
}

/** Names that only ever mean this computer or its local network (RFC 6761, RFC 6762, RFC 8375). */
function localName(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/\.(local|internal|lan|home|intranet|corp|home\.arpa)$/.test(host)) return true;
  // A bare word is a machine on the local network (or a search-domain guess).
  return !host.includes('.');
}

/**
 * Whether a URL may be fetched at all, before any request: the scheme, credentials in the link, and
 * the host by name or literal. Null means "go ahead" (the connection still checks the resolved
 * addresses); otherwise the sentence the user sees.
 */
export function refusalForUrl(url: URL, reach: NetworkReach): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Only web links (https:// or http://) are fetched; this is a ${url.protocol} link.`;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const literal = parseAddress(host);
  if (literal !== null) {
    if (allowedAddress(host, reach)) return null;
    return addressKind(host) === 'never' ? `${url.hostname} is not an address on the public internet, so Hearback does not connect to it.` : ownNetworkSentence(url.hostname);
  }
  if (reach === 'public' && localName(host)) return ownNetworkSentence(url.hostname);
  return null;
}

export function ownNetworkSentence(host: string): string {
  return `${host} is on your own computer or network; Hearback only connects there when you say the server is on your own network.`;
}

/** A name's addresses, as `dns.lookup(name, { all: true })` gives them (tests resolve names to 127.0.0.1). */
export type Resolver = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export const systemResolver: Resolver = (hostname, callback) => dnsLookup(hostname, { all: true }, callback);

/**
 * Where a host is, for a form that must ask before saving a source: `own-network` when the name
 * is local or any address it resolves to is (one is enough — a rebinding name can hand out both),
 * `unresolved` when it has no address now.
 */
export async function classifyHost(hostname: string, resolve: Resolver = systemResolver): Promise<'public' | 'own-network' | 'unresolved'> {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (parseAddress(host) !== null) return addressKind(host) === 'public' ? 'public' : 'own-network';
  if (localName(host)) return 'own-network';
  const addresses = await new Promise<LookupAddress[] | null>((done) => resolve(host, (error, found) => done(error ? null : found)));
  if (addresses === null || addresses.length === 0) return 'unresolved';
  return addresses.every((a) => addressKind(a.address) === 'public') ? 'public' : 'own-network';
}
