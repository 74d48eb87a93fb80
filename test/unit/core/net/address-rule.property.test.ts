import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressKind, allowedAddress, refusalForUrl, type NetworkReach } from '../../../../electron/core/net/address-rule';

/**
 * The address rule against a reference written independently of it: CIDR blocks from the IANA
 * IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates), checked with plain
 * integer arithmetic — no ipaddr.js, no Node address parsing. Every address is generated as a
 * number and then written in one of the textual forms real links and DNS answers use; the rule
 * must classify each form of one address alike.
 */
type Kind = 'public' | 'own-network' | 'never';

const V4_OWN: [number, number][] = [
  [0x0a000000, 8],
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
  [0x64400000, 10],
];
const V4_NEVER: [number, number][] = [
  [0x00000000, 8], // "this network"
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0000200, 24], // TEST-NET-1
  [0xc0586300, 24], // 6to4 relay anycast
  [0xc6120000, 15], // benchmarking
  [0xc6336400, 24], // TEST-NET-2
  [0xcb007100, 24], // TEST-NET-3
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved, and 255.255.255.255
  [0xc0af3000, 24], // AS112
  [0xc01fc400, 24], // AS112
  [0xc034c100, 24], // AMT
];
const inV4 = (n: number, [base, bits]: [number, number]) => bits === 0 || n >>> (32 - bits) === base >>> (32 - bits);

function referenceV4(n: number): Kind {
  if (V4_OWN.some((b) => inV4(n, b))) return 'own-network';
  if (V4_NEVER.some((b) => inV4(n, b))) return 'never';
  return 'public';
}

const V6 = (hex: string) => BigInt(`0x${hex}`);
const inV6 = (n: bigint, base: bigint, bits: number) => n >> BigInt(128 - bits) === base >> BigInt(128 - bits);
const V6_NEVER_IN_GLOBAL: [bigint, number][] = [
  [V6('20010000000000000000000000000000'), 23], // IETF protocol assignments (Teredo, benchmarking, ORCHID…)
  [V6('20010db8000000000000000000000000'), 32], // documentation
  [V6('20020000000000000000000000000000'), 16], // 6to4: embeds an IPv4 address
  [V6('3fff0000000000000000000000000000'), 20], // documentation
  [V6('2620004f800000000000000000000000'), 48], // AS112
];

function referenceV6(n: bigint): Kind {
  if (n === 1n) return 'own-network';
  if (inV6(n, V6('fc000000000000000000000000000000'), 7) || inV6(n, V6('fe800000000000000000000000000000'), 10)) return 'own-network';
  if (!inV6(n, V6('20000000000000000000000000000000'), 3)) return 'never';
  return V6_NEVER_IN_GLOBAL.some(([base, bits]) => inV6(n, base, bits)) ? 'never' : 'public';
}

const allowed = (kind: Kind, reach: NetworkReach) => kind === 'public' || (kind === 'own-network' && reach === 'own-network');

/** An IPv4 number, biased towards the edges of the special blocks. */
const v4Number = fc.oneof(
  fc.nat({ max: 0xffffffff }),
  fc.tuple(fc.constantFrom(...V4_OWN, ...V4_NEVER), fc.nat({ max: 0xffffffff })).map(([[base, bits], r]) => (base + (bits === 32 ? 0 : r % 2 ** (32 - bits))) >>> 0),
  fc.constantFrom(0x7f000001, 0xffffffff, 0, 0x08080808, 0x5db8d822),
);

const octets = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const dotted = (n: number) => octets(n).join('.');

/** The ways a link writes an IPv4 address (WHATWG URL host parsing accepts them all). */
const v4Text = (n: number) =>
  fc.constantFrom(
    dotted(n),
    octets(n)
      .map((o) => `0x${o.toString(16)}`)
      .join('.'),
    octets(n)
      .map((o) => `0${o.toString(8)}`)
      .join('.'),
    `${octets(n)[0]}.${n & 0xffffff}`,
    `${octets(n)[0]}.${octets(n)[1]}.${n & 0xffff}`,
    String(n),
    `0x${n.toString(16)}`,
  );

const hex4 = (n: bigint, i: number) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16);
const groups = (n: bigint) => Array.from({ length: 8 }, (_, i) => hex4(n, i));

/** An IPv6 number: random, in a special block, or an IPv4 address embedded every way there is. */
const v6Number = fc.oneof(
  fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
  fc
    .tuple(
      fc.constantFrom<[bigint, number]>(
        ...V6_NEVER_IN_GLOBAL,
        [V6('fc000000000000000000000000000000'), 7],
        [V6('fe800000000000000000000000000000'), 10],
        [V6('20000000000000000000000000000000'), 3],
        [V6('ff000000000000000000000000000000'), 8],
      ),
      fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
    )
    .map(([[base, bits], r]) => base | (r & ((1n << BigInt(128 - bits)) - 1n))),
  fc.tuple(fc.constantFrom(0n, V6('ffff00000000'), V6('ffff0000000000000000'), V6('0064ff9b000000000000000000000000')), v4Number).map(([prefix, v4]) => prefix | BigInt(v4)),
  v4Number.map((v4) => V6('20020000000000000000000000000000') | (BigInt(v4) << 80n)),
  fc.constantFrom(0n, 1n, V6('26064700000000000000000000000001')),
);

/** The ways a link or a DNS answer writes an IPv6 address. */
const v6Text = (n: bigint) => {
  const g = groups(n);
  const full = g.join(':');
  const padded = g.map((x) => x.padStart(4, '0')).join(':');
  const tail = Number(n & 0xffffffffn);
  const embedded = `${g.slice(0, 6).join(':')}:${dotted(tail)}`;
  const compressed = full.replace(/(^|:)0(:0)+(:|$)/, '::');
  return fc.constantFrom(full, padded, padded.toUpperCase(), embedded, compressed);
};

describe('the address rule agrees with the special-purpose registries, whatever form an address is written in', () => {
  it('IPv4 in every form a link can carry, as the URL parser hands it over', () => {
    fc.assert(
      fc.property(
        v4Number.chain((n) => fc.tuple(fc.constant(n), v4Text(n))),
        fc.constantFrom<NetworkReach>('public', 'own-network'),
        ([n, text], reach) => {
          const url = new URL(`http://${text}/posting`);
          expect(refusalForUrl(url, reach) === null).toBe(allowed(referenceV4(n), reach));
          expect(allowedAddress(dotted(n), reach)).toBe(allowed(referenceV4(n), reach));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('IPv6 in every form (compressed, expanded, upper case, dotted tail, mapped, compatible, NAT64, 6to4)', () => {
    fc.assert(
      fc.property(
        v6Number.chain((n) => fc.tuple(fc.constant(n), v6Text(n))),
        fc.constantFrom<NetworkReach>('public', 'own-network'),
        ([n, text], reach) => {
          const expected = allowed(referenceV6(n), reach);
          expect(refusalForUrl(new URL(`http://[${text}]/posting`), reach) === null).toBe(expected);
          // As a DNS answer or a connection's host (brackets, zone ids) the same address gets the same verdict.
          expect(allowedAddress(text, reach)).toBe(expected);
          expect(allowedAddress(`[${text}]`, reach)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a zone id does not change the verdict of a link-local address', () => {
    expect(addressKind('fe80::1%eth0')).toBe('own-network');
    expect(allowedAddress('fe80::1%25eth0', 'public')).toBe(false);
  });

  it.each([
    ['[::ffff:127.0.0.1]'],
    ['[::ffff:7f00:1]'],
    ['[::ffff:0:127.0.0.1]'],
    ['[::127.0.0.1]'],
    ['[64:ff9b::127.0.0.1]'],
    ['[2002:7f00:1::1]'],
    ['224.0.0.1'],
    ['255.255.255.255'],
    ['198.18.0.1'],
    ['[ff02::1]'],
    ['0x7f.1'],
    ['2130706433'],
  ])('the forms that bypassed the old rule are refused: %s', (host) => {
    expect(refusalForUrl(new URL(`http://${host}:8080/jobs`), 'public')).not.toBeNull();
  });
});
