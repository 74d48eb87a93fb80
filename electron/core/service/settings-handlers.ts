import type { Settings } from '../../../shared/domain';
import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from './context';
import { replanAll } from './follow-up-planning';

/** How History names each settings section (it showed the keys: "Changed timeZone"). */
const SECTION_NAMES: Record<keyof Settings, string> = {
  timeZone: 'time zone',
  quietHours: 'quiet hours',
  workWeek: 'work week',
  holidays: 'holidays',
  cadence: 'follow-up cadence',
  launchAtLogin: 'open at login',
  notificationsEnabled: 'notifications',
  userName: 'your name',
  workLogReminder: 'weekly work-search reminder',
};

export function settingsSummary(patch: Partial<Record<keyof Settings, unknown>>): string {
  const names = (Object.keys(patch) as (keyof Settings)[]).map((key) => SECTION_NAMES[key] ?? 'settings');
  return names.length === 0 ? 'Changed settings' : `Changed ${names.join(', ')}`;
}

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
        changes: [{ entity: 'settings', kind: 'updated', id: 'settings', applicationId: null, after: next, summary: settingsSummary(req.patch) }, ...replanAll(ctx, next)],
      });
      onSettingsChanged(next);
      return next;
    },
  };
}
