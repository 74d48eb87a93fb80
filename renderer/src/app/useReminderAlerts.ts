import { useEffect } from 'react';
import { SAMPLE_REMINDER_ID } from '../../../shared/contract/events';
import { isBrowserMode, subscribe } from '../contract';
import { useToasts } from '../ui/toasts';
import { navigate } from './useRoute';

/**
 * Reminders the main process delivered, and where it asks the window to go (a notification's
 * application, the menu's Data, the tray's Today). In Electron the system notification is shown by the main
 * process; here we add the in-app toast, and in browser mode a Web Notification as well.
 */
export function useReminderAlerts(): void {
  const toasts = useToasts();
  useEffect(
    () =>
      subscribe('reminders.due', ({ reminders, digest }) => {
        const first = reminders[0];
        if (!first) return;
        const message = digest ? `${reminders.length} follow-ups are due — see Today.` : `${first.title}: ${first.body}`;
        const sample = first.followUpId === SAMPLE_REMINDER_ID;
        toasts.show({
          tone: 'info',
          message,
          ...(sample ? {} : { action: { label: 'Open', run: () => navigate(digest ? { view: 'today' } : { view: 'today', applicationId: first.applicationId, followUpId: first.followUpId }) } }),
        });
        if (isBrowserMode && 'Notification' in window && Notification.permission === 'granted') {
          const notification = new Notification(digest ? 'Hearback: follow-ups due' : first.title, { body: digest ? message : first.body, tag: digest ? 'digest' : first.followUpId });
          notification.onclick = () => {
            window.focus();
            if (!sample) navigate(digest ? { view: 'today' } : { view: 'today', applicationId: first.applicationId, followUpId: first.followUpId });
          };
        }
      }),
    [toasts],
  );
  useEffect(
    () =>
      subscribe('navigate', ({ applicationId, followUpId, action }) => {
        if (applicationId !== SAMPLE_REMINDER_ID) navigate({ view: 'today', applicationId, followUpId, draft: action === 'draft' });
      }),
    [],
  );
  useEffect(() => subscribe('view.open', ({ view }) => navigate({ view })), []);
}
