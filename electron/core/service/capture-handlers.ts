import { findDuplicates } from '../../../shared/capture';
import type { Handlers } from '../rpc/dispatch';
import { capturePosting, type CaptureOptions } from '../capture/capture-posting';
import { nowIso, type ServiceContext } from './context';

export function captureHandlers(ctx: ServiceContext, options: CaptureOptions & { userAgent: string }): Pick<Handlers, 'capture.preview'> {
  return {
    async 'capture.preview'(req) {
      // What duplicates are compared with, taken before the (slow) fetch lets other calls run.
      const known = [...ctx.store.active.applications.values(), ...ctx.store.listArchived('', 0, 100_000).items].map(({ id, company, role, jobUrl, archived }) => ({ id, company, role, jobUrl, archived }));
      const fetchedAt = nowIso(ctx);
      ctx.releaseQueue();
      const { fields, problem } = await capturePosting(req.url, options);
      const duplicates = findDuplicates({ jobUrls: [req.url, fields.jobUrl?.value ?? ''], company: fields.company?.value ?? '', role: fields.role?.value ?? '' }, known);
      return { url: req.url, fetchedAt, fields, problem, duplicates };
    },
  };
}
