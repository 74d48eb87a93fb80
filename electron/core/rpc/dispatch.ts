import {
  contract,
  describeIssues,
  HearbackError,
  isMethodName,
  issuesFromZod,
  type ContractError,
  type Envelope,
  type MethodName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../../shared/contract';

/** One function per contract method, receiving the parsed request. */
export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

export interface DispatchOptions {
  /** Refuse mutating methods with this reason (read-only data folder). */
  readOnlyReason: () => string | null;
  log: (message: string, meta?: Record<string, unknown>) => void;
}

const fail = (error: ContractError): Envelope<never> => ({ ok: false, error });

/**
 * The single entry point for every call from a renderer (IPC or browser mode). The method name
 * and payload are checked against the contract before any handler runs, so an invalid call
 * writes nothing; every failure comes back as a typed error, never as a thrown exception.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions) {
  return async function dispatch(method: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(method)) {
      const shown = typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : typeof method;
      return fail({ code: 'unknown_method', message: `Unknown method ${shown}.`, issues: [] });
    }
    const spec = contract[method];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      return fail({ code: 'invalid_request', message: `Invalid ${method} request: ${describeIssues(issues)}`, issues });
    }
    if (spec.mutates) {
      const reason = options.readOnlyReason();
      if (reason !== null) return fail({ code: 'read_only', message: reason, issues: [] });
    }
    try {
      const handler = handlers[method] as (request: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HearbackError) return fail(error.toContractError());
      options.log(`${method} failed`, { error: error instanceof Error ? error.message : String(error) });
      return fail({ code: 'internal', message: `${method} failed unexpectedly; nothing was changed.`, issues: [] });
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
