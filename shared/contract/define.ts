import type { z } from 'zod';

/** One request the renderer can make: its payload schema and its answer schema. */
export interface MethodSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
  /** Whether the method changes stored data (refused when the store is read-only). */
  readonly mutates: boolean;
}

export const method = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, options: { mutates: boolean }): MethodSpec<Req, Res> => ({ request, response, mutates: options.mutates });
