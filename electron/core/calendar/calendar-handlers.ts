import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from '../service/context';
import type { CalendarService } from './calendar-service';

type CalendarMethod =
  | 'calendar.state'
  | 'calendar.addFeed'
  | 'calendar.listCalDav'
  | 'calendar.addCalDav'
  | 'calendar.removeSource'
  | 'calendar.setOwnNetwork'
  | 'calendar.refresh'
  | 'calendar.importFile'
  | 'calendar.confirm'
  | 'calendar.dismiss'
  | 'calendar.resolveCancellation';

/**
 * The contract's calendar methods. A refresh reads the network: it lets the queue go on while it
 * waits and applies what it read in a later turn of the queue (calendar-service.ts).
 */
export function calendarHandlers(ctx: ServiceContext, calendar: CalendarService): Pick<Handlers, CalendarMethod> {
  return {
    'calendar.state': () => calendar.state(),
    async 'calendar.addFeed'(req) {
      const source = await calendar.addFeed(req.name, req.url, req.ownNetwork === true, () => ctx.releaseQueue());
      await calendar.refresh(source.id);
      return calendar.state();
    },
    async 'calendar.listCalDav'(req) {
      ctx.releaseQueue();
      const { ownNetwork, ...account } = req;
      return { calendars: await calendar.listCalDav(account, ownNetwork === true) };
    },
    async 'calendar.addCalDav'(req) {
      const { calendars, ownNetwork, ...account } = req;
      const added = await calendar.addCalDav(account, calendars, ownNetwork === true, () => ctx.releaseQueue());
      await Promise.all(added.map((s) => calendar.refresh(s.id)));
      return calendar.state();
    },
    async 'calendar.setOwnNetwork'(req) {
      await calendar.setOwnNetwork(req.id, req.ownNetwork, () => ctx.releaseQueue());
      return calendar.state();
    },
    'calendar.removeSource'(req) {
      calendar.removeSource(req.id);
      return calendar.state();
    },
    async 'calendar.refresh'(req) {
      ctx.releaseQueue();
      await (req.id === null ? calendar.refreshAll() : calendar.refresh(req.id));
      return calendar.state();
    },
    async 'calendar.importFile'(req) {
      await calendar.importFile(req.fileName, req.text, req.applicationId ?? null, () => ctx.releaseQueue());
      return calendar.state();
    },
    'calendar.confirm': (req) => calendar.confirm(req.key, req.applicationId, { startTime: req.startTime, durationMinutes: req.durationMinutes }),
    'calendar.dismiss'(req) {
      calendar.dismiss(req.key);
      return calendar.state();
    },
    'calendar.resolveCancellation'(req) {
      calendar.resolveCancellation(req.key, req.cancelInterview);
      return calendar.state();
    },
  };
}
