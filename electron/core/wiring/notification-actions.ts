import { SAMPLE_REMINDER_ID } from '../../../shared/contract/events';
import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from '../service/context';
import type { CorePorts, NotificationAction } from '../ports';

/**
 * What a notification's buttons do to its follow-up (`draft` opens the composer instead):
 * mark sent, snooze an hour, heard back, skip.
 */
export const NOTIFICATION_ACTS: Record<Exclude<NotificationAction, 'draft'>, object> = {
  markSent: { action: 'markSent' },
  snooze: { action: 'snooze', preset: 'hour' },
  heardBack: { action: 'heardBack' },
  skip: { action: 'skip', reason: 'other' },
};

/** A sample reminder shown the way real ones are: through the host's notifier and to the app. */
export function notificationTestHandler(ctx: Pick<ServiceContext, 'emit'>, ports: Pick<CorePorts, 'notifier' | 'mode'>, now: () => Date): Pick<Handlers, 'notifications.test'> {
  return {
    'notifications.test'() {
      const sample = { followUpId: SAMPLE_REMINDER_ID, applicationId: SAMPLE_REMINDER_ID, occurrence: now().toISOString(), title: 'Hearback test notification', body: 'Reminders will look like this.' };
      ports.notifier.show([sample], false);
      ctx.emit('reminders.due', { reminders: [sample], digest: false });
      return { shown: true, via: ports.mode === 'electron' ? 'system notification' : 'browser notification' };
    },
  };
}
