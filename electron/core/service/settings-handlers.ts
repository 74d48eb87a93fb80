import type { Settings } from '../../../shared/domain';
import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from './context';
import { replanAll } from './follow-up-planning';

export function settingsHandlers(ctx: ServiceContext, onSettingsChanged: (settings: Settings) => void): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get'() {
      return ctx.store.settings;
    },
    'settings.update'(req) {
      const current = ctx.store.settings;
      const { cadence, ...rest } = req.patch;
      const next: Settings = { ...current, ...rest, cadence: { ...current.cadence, ...cadence } };
      ctx.store.commit({
        summary: 'Changed settings',
        undoable: true,
        changes: [
          { entity: 'settings', kind: 'updated', id: 'settings', applicationId: null, after: next, summary: `Changed ${Object.keys(req.patch).join(', ')}` },
          ...replanAll(ctx, next),
        ],
      });
      onSettingsChanged(next);
      return next;
    },
  };
}
