import { z } from 'zod';

/**
 * Every failure the renderer can receive. The renderer shows a sentence per code
 * (see renderer/src/contract/error-messages.ts); `message` names the problem precisely.
 */
export const ContractErrorCodeSchema = z.enum([
  'invalid_request', // the payload failed its schema; `issues` lists each field
  'unknown_method', // not in the contract
  'not_found', // the record does not exist (or no longer exists)
  'conflict', // the change contradicts the current state (e.g. deleting the last stage)
  'read_only', // the data folder is open read-only (written by a newer Hearback, or locked)
  'forbidden', // the caller is not the app's own renderer
  'unavailable', // the operation needs something this mode lacks (a save dialog in browser mode)
  'internal', // a bug or an I/O failure; nothing was written
]);
export type ContractErrorCode = z.infer<typeof ContractErrorCodeSchema>;

export const ContractIssueSchema = z.object({ path: z.string(), message: z.string() }).strict();
export type ContractIssue = z.infer<typeof ContractIssueSchema>;

export const ContractErrorSchema = z
  .object({
    code: ContractErrorCodeSchema,
    message: z.string(),
    issues: z.array(ContractIssueSchema),
  })
  .strict();
export type ContractError = z.infer<typeof ContractErrorSchema>;

/** A typed error thrown by main-process handlers and turned into a `ContractError` at the edge. */
export class HearbackError extends Error {
  readonly code: ContractErrorCode;
  readonly issues: ContractIssue[];

  constructor(code: ContractErrorCode, message: string, issues: ContractIssue[] = []) {
    super(message);
    this.name = 'HearbackError';
    this.code = code;
    this.issues = issues;
  }

  toContractError(): ContractError {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** Turns zod issues into readable `field: problem` lines. */
export function issuesFromZod(error: z.ZodError): ContractIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

export function describeIssues(issues: readonly ContractIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
}
