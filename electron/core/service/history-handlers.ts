import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from './context';

export function historyHandlers(ctx: ServiceContext): Pick<Handlers, 'history.list' | 'history.undo' | 'history.redo'> {
  return {
    'history.list'(req) {
      const events = ctx.store.historyPage({ applicationId: req.applicationId, from: req.from, to: req.to, entities: req.entities, kinds: req.kinds }, req.beforeSeq ?? Number.MAX_SAFE_INTEGER, req.limit);
      const last = events[events.length - 1];
      return { events, nextBeforeSeq: events.length === req.limit && last ? last.seq : null };
    },
    'history.undo'(req) {
      return { summary: ctx.store.undo(req.actionId) };
    },
    'history.redo'() {
      return { summary: ctx.store.redo() };
    },
  };
}
