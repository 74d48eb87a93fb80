import { contract, describeIssues, HearbackError, isMethodName, issuesFromZod, plainIssues, plainSummary, type ContractError, type Envelope, type MethodName, type ParsedRequestOf, type ResponseOf } from '../../../shared/contract';

/** One function per contract method, receiving the parsed request. */
export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

export interface DispatchOptions {
  /** Refuse mutating methods with this reason (read-only data folder). */
  readOnlyReason: () => string | null;
  log: (message: string, meta?: Record<string, unknown>) => void;
  /** The store's revision, to tell whether a call that failed had already changed something. */
  revision?: () => number;
}

const fail = (error: ContractError): Envelope<never> => ({ ok: false, error });

/**
 * What the renderer receives, by situation. Developer detail (method names, zod's issues, the
 * exception's text) goes to the log only; the renderer shows `message` and the issues as they are.
 *
 * | situation                          | code            | message                                               |
 * |------------------------------------|-----------------|-------------------------------------------------------|
 * | not a contract method              | unknown_method  | "This version of Hearback cannot do that."            |
 * | payload fails the request schema   | invalid_request | each field's sentence ("Company is required."); the   |
 * |                                    |                 | issues carry the same sentences by field path         |
 * | data folder read-only              | read_only       | the store's reason (written for the user)             |
 * | HearbackError from a handler       | its code        | its message (written for the user where it is thrown) |
 * | other exception, nothing recorded  | internal        | "Something went wrong and nothing was changed."       |
 * | other exception after a change     | internal        | says the change was saved and what to do              |
 */
export const UNEXPECTED_NOTHING_CHANGED = 'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Hearback.';
export const UNEXPECTED_AFTER_CHANGE = 'Something went wrong after your change was saved. Check that it looks right; you can undo it.';

/**
 * The single entry point for every call from a renderer (IPC or browser mode). The method name
 * and payload are checked against the contract before any handler runs, so an invalid call
 * writes nothing; every failure comes back as a typed error, never as a thrown exception.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions) {
  return async function dispatch(method: unknown, payload: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(method)) {
      const shown = typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : typeof method;
      options.log(`unknown method ${shown}`);
      return fail({ code: 'unknown_method', message: 'This version of Hearback cannot do that.', issues: [] });
    }
    const spec = contract[method];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      options.log(`invalid ${method} request`, { issues: describeIssues(issuesFromZod(parsed.error)) });
      const issues = plainIssues(parsed.error, spec.request);
      return fail({ code: 'invalid_request', message: plainSummary(issues), issues });
    }
    if (spec.mutates) {
      const reason = options.readOnlyReason();
      if (reason !== null) return fail({ code: 'read_only', message: reason, issues: [] });
    }
    const before = options.revision?.();
    try {
      const handler = handlers[method] as (request: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HearbackError) return fail(error.toContractError());
      options.log(`${method} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      const changed = before !== undefined && options.revision?.() !== before;
      return fail({ code: 'internal', message: changed ? UNEXPECTED_AFTER_CHANGE : UNEXPECTED_NOTHING_CHANGED, issues: [] });
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
