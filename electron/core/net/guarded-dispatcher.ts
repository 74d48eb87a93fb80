import type { LookupFunction } from 'node:net';
import { Agent, buildConnector, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
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
  /**
   * How long an answer may keep silent: for its headers, and between two pieces of its body
   * (undici's own default is five minutes). A server that accepts the connection and never answers
   * fails after this.
   */
  silenceTimeoutMs?: number;
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
  const silence = options.silenceTimeoutMs === undefined ? {} : { headersTimeout: options.silenceTimeoutMs, bodyTimeout: options.silenceTimeoutMs };
  return new Agent({ connect, ...silence }).compose(neverPauseTheSocket);
}

/**
 * Bodies are never held back at the socket. undici 7's HTTP/1 parser, once paused because a body
 * was not read as fast as it came, throws an assertion out of the socket's 'end' handler when the
 * server then hangs up — an uncaught exception in the main process, not an error of that fetch
 * (fixed only in undici 8, which needs Node 22). So the handler always says "go on":
 *
 * | handler says                      | the socket                                                    |
 * | --------------------------------- | ------------------------------------------------------------- |
 * | `onHeaders` / `onData` → false    | read on anyway (the answer is ignored)                        |
 * | `controller.pause()` (new API)    | a no-op; `resume()` and `abort()` pass through                |
 *
 * What is buffered instead is bounded by the readers: a feed stops at its byte limit, every fetch at
 * its timeout, and both cancel the body, which closes the connection.
 */
const neverPauseTheSocket: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => dispatch(options, unpausing(handler));

const UNPAUSING = Symbol.for('hearback.unpausingGlobalDispatcher');

/**
 * Loading undici 7 makes its Agent the dispatcher of Node's own `fetch` too (the shared global
 * dispatcher), so every plain `fetch` in this process — a library's included — would share the
 * paused-parser crash. The process-wide dispatcher is replaced once by one that never pauses.
 */
export function useUnpausingGlobalDispatcher(): void {
  const current = getGlobalDispatcher() as Dispatcher & { [UNPAUSING]?: true };
  if (current[UNPAUSING]) return;
  setGlobalDispatcher(Object.assign(unpausingAgent(), { [UNPAUSING]: true as const }));
}

/** A plain undici Agent (no address rule) that never pauses its sockets, for fetches of this process's own choosing. */
export function unpausingAgent(options?: Agent.Options): Dispatcher {
  return new Agent(options).compose(neverPauseTheSocket);
}

function unpausing(handler: Dispatcher.DispatchHandler): Dispatcher.DispatchHandler {
  return new Proxy(handler, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'onHeaders' || property === 'onData') {
        return (...args: unknown[]) => {
          method.apply(target, args);
          return true;
        };
      }
      if (property === 'onResponseStart' || property === 'onResponseData') {
        return (controller: Dispatcher.DispatchController, ...rest: unknown[]) => method.call(target, unpausable(controller), ...rest);
      }
      return method.bind(target);
    },
  });
}

function unpausable(controller: Dispatcher.DispatchController): Dispatcher.DispatchController {
  return new Proxy(controller, {
    get(target, property) {
      if (property === 'pause') return () => undefined;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function parseableLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
