import { useEffect } from 'react';
import type { DateRange } from '../../../shared/worklog';
import { isBrowserMode, subscribe } from '../contract';
import { useToasts } from '../ui/toasts';
import { weekHref } from './workLogRange';

const openWeek = (week: DateRange): void => {
  window.location.hash = weekHref(week);
};

/**
 * The weekly work-search reminder in the app: a toast whose Review opens that week's log (both
 * hosts), a Web Notification in browser mode (the desktop app's main process shows the OS one),
 * and the OS notification's click (`worklog.open`) opening the week.
 */
export function useWorkLogReminder(): void {
  const toasts = useToasts();
  useEffect(
    () =>
      subscribe('worklog.reminder', ({ week, title, body }) => {
        toasts.show({ tone: 'info', message: body, action: { label: 'Review', run: () => openWeek(week) } });
        if (isBrowserMode && 'Notification' in window && Notification.permission === 'granted') {
          const notification = new Notification(title, { body, tag: `worklog-${week.from}` });
          notification.onclick = () => {
            window.focus();
            openWeek(week);
          };
        }
      }),
    [toasts],
  );
  useEffect(() => subscribe('worklog.open', openWeek), []);
}
