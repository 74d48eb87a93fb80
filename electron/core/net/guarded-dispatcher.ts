import type { LookupFunction } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { allowedAddress, ownNetworkSentence, systemResolver, type NetworkReach, type Resolver } from './address-rule';

/** The code a refused connection fails with, recognised by `isAddressRefused` to word the failure. */
export const ADDRESS_REFUSED = 'HEARBACK_ADDRESS_REFUSED';

export class AddressRefused extends Error {
  readonly code = ADDRESS_REFUSED;
  constructor(host: string) {
    super(ownNetworkSentence(host));
    this.name = 'AddressRefused';
  }
}

/** Whether an error (or anything in its cause chain, as undici's fetch wraps it) is a refused address. */
export function isAddressRefused(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 8; depth++) {
    if ((e as { code?: unknown }).code === ADDRESS_REFUSED) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The connection's own name lookup: every address the name resolves to must be allowed (one
 * refused address refuses the name — a rebinding name can hand out both), and the socket connects
 * to those same addresses, so nothing is resolved twice.
 */
function vettedLookup(reach: NetworkReach, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (error, found) => {
      const addresses = error ? [] : found.filter((a) => options.family === undefined || options.family === 0 || a.family === options.family);
      if (error || addresses.length === 0) {
        callback(error ?? Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        return;
      }
      if (addresses.some((a) => !allowedAddress(a.address, reach))) {
        callback(new AddressRefused(hostname), '', 0);
        return;
      }
      if (options.all) (callback as unknown as (e: null, all: typeof addresses) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface GuardedDispatcherOptions {
  reach: NetworkReach;
  /** How names are resolved (the system's DNS unless a test says otherwise). */
  resolve?: Resolver;
  connectTimeoutMs?: number;
}

/**
 * An undici dispatcher that checks every connection it makes — each redirect hop, IP literals
 * included (Node skips the lookup for those, so they are checked here before connecting) —
 * against the address rule. Pass it as `dispatcher` to undici's `fetch`.
 */
export function createGuardedDispatcher(options: GuardedDispatcherOptions): Dispatcher {
  const base = buildConnector({ lookup: vettedLookup(options.reach, options.resolve ?? systemResolver), timeout: options.connectTimeoutMs ?? 10_000 });
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
    if (parseableLiteral(host) && !allowedAddress(host, options.reach)) {
      callback(new AddressRefused(connectOptions.hostname), null);
      return;
    }
    base(connectOptions, callback);
  };
  return new Agent({ connect });
}

function parseableLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
