import type { NotificationConstructorOptions } from 'electron';
import type { WorkSearchWeekNotice } from '../../../shared/contract';
import { platformSupportsActions } from './notification-actions';
import type { NotificationLike } from './notifier';

/** The one button of the weekly work-search reminder (macOS, Windows); a click on the body does the same. */
export const WORK_SEARCH_WEEK_ACTION = 'Review';

export interface WorkSearchNotifierDeps {
  platform: NodeJS.Platform;
  create: (options: NotificationConstructorOptions) => NotificationLike;
  /** Opens the app on the work-search log of that week. */
  open: (week: WorkSearchWeekNotice['week']) => void;
  /** Keeps the notification referenced until it is done (see notifier.ts). */
  hold: (n: NotificationLike) => () => void;
  /** The OS could not show it: the app's own toast (the core's `worklog.reminder` event) still tells it. */
  failed: (reason: string) => void;
}

/** "Your work-search log for last week has 6 activities — review and export"; Review / a click opens that week. */
export function showWorkSearchWeekNotification(deps: WorkSearchNotifierDeps, notice: WorkSearchWeekNotice): void {
  const withActions = platformSupportsActions(deps.platform);
  const notification = deps.create({
    title: notice.title,
    body: notice.body,
    ...(withActions ? { actions: [{ type: 'button' as const, text: WORK_SEARCH_WEEK_ACTION }] } : {}),
    ...(withActions && deps.platform === 'darwin' ? { closeButtonText: 'Close' } : {}),
  });
  const done = deps.hold(notification);
  const open = (): void => {
    done();
    deps.open(notice.week);
  };
  notification.on('click', open);
  notification.on('action', open);
  notification.on('close', done);
  notification.on('failed', (_event, error) => {
    done();
    deps.failed(error);
  });
  notification.show();
}
