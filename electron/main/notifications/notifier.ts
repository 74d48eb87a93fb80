import type { NotificationConstructorOptions } from 'electron';
import type { Reminder } from '../../../shared/contract';
import type { Logger as CoreLog, Notifier as CoreNotifier, NotificationAction, ReplyAnswer } from '../../core';
import { showReplyNotifications } from './reply-notifications';
import { showWorkSearchWeekNotification } from './work-search-notification';
import type { EventSender } from '../ipc/event-forwarding';
import { actionAt, NOTIFICATION_ACTIONS, platformSupportsActions, reportedActionIndex } from './notification-actions';
import { planNotifications, type NotificationPlan } from './notification-content';

/** The slice of Electron's `Notification` the notifier uses (a fake in tests). */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  on(event: 'action', listener: (details: unknown, legacyIndex: unknown) => void): unknown;
  show(): void;
  /** Removes it from the screen (Electron's Notification has it). */
  close?(): void;
}

export interface NotifierDeps {
  platform: NodeJS.Platform;
  /** Whether OS notifications may be used now (Electron support + the Linux D-Bus probe). */
  available: () => boolean;
  create: (options: NotificationConstructorOptions) => NotificationLike;
  sendEvent: EventSender;
  /** Shows and focuses the main window (recreating it if needed). */
  focusWindow: () => void;
  act: (followUpId: string, action: NotificationAction) => Promise<void>;
  /** A reply notification's button (mail). */
  answerReply?: (replyId: string, answer: ReplyAnswer) => Promise<void>;
  /** Reminders that could not be shown by the OS: the tray badge should reflect them. */
  onFallback: (reminders: Reminder[]) => void;
  log: CoreLog;
}

export interface Notifier extends CoreNotifier {
  /** Notifications shown and not yet clicked/closed/failed (kept so GC does not drop their handlers). */
  readonly liveCount: number;
}

/**
 * The core's `notifier` over Electron notifications. Buttons (Draft, Mark sent, Snooze, Heard
 * back, Skip) where the platform has them; a click opens the app on the follow-up; when the OS
 * cannot show notifications, or one fails, the reminders go to the window instead
 * (`reminders.due`) and the tray badge.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  // Electron notifications are garbage-collected with their JS object, and their click/action
  // handlers with them (electron/electron#12690): hold each until it is done.
  const live = new Set<NotificationLike>();
  /** A single reminder's notification by `<followUpId> <occurrence>`: closed when another computer showed it. */
  const byOccurrence = new Map<string, NotificationLike>();
  /** The weekly reminder's entry among them (no follow-up id can contain a space). */
  const weekKey = (weekStart: string) => `work-search-week ${weekStart}`;

  const fallback = (reminders: Reminder[], digest: boolean): void => {
    deps.sendEvent('reminders.due', { reminders, digest });
    deps.onFallback(reminders);
  };

  const open = (plan: NotificationPlan, action: NotificationAction | null): void => {
    if (plan.reminder === null) {
      // A digest has no single follow-up to open: show the list in the app.
      deps.sendEvent('reminders.due', { reminders: plan.reminders, digest: true });
    } else {
      const { applicationId, followUpId } = plan.reminder;
      deps.sendEvent('navigate', { applicationId, followUpId, action });
    }
    deps.focusWindow();
  };

  const showOne = (plan: NotificationPlan): void => {
    const withActions = plan.reminder !== null && platformSupportsActions(deps.platform);
    const notification = deps.create({
      title: plan.title,
      body: plan.body,
      ...(withActions ? { actions: NOTIFICATION_ACTIONS.map((a) => ({ type: 'button' as const, text: a.label })) } : {}),
      // macOS shows the buttons under a menu with this label.
      ...(withActions && deps.platform === 'darwin' ? { closeButtonText: 'Close' } : {}),
    });
    live.add(notification);
    const key = plan.reminder === null ? null : `${plan.reminder.followUpId} ${plan.reminder.occurrence}`;
    if (key !== null) byOccurrence.set(key, notification);
    const done = (): void => {
      live.delete(notification);
      if (key !== null && byOccurrence.get(key) === notification) byOccurrence.delete(key);
    };
    notification.on('click', () => {
      done();
      open(plan, null);
    });
    notification.on('action', (details, legacyIndex) => {
      done();
      const action = actionAt(reportedActionIndex(details, legacyIndex));
      if (action === null || plan.reminder === null) return;
      // Drafting happens in the window; the core's 'draft' action would only navigate again.
      if (action === 'draft') {
        open(plan, 'draft');
        return;
      }
      deps.act(plan.reminder.followUpId, action).catch((error: unknown) => {
        deps.log.warn('A notification action failed', { followUpId: plan.reminder?.followUpId, action, reason: String(error) });
      });
    });
    notification.on('close', done);
    notification.on('failed', (_event, error) => {
      done();
      deps.log.warn('The OS could not show a notification; showing it in the app', { reason: error });
      fallback(plan.reminders, plan.reminders.length > 1);
    });
    notification.show();
  };

  return {
    get liveCount() {
      return live.size;
    },
    close(followUpId, occurrence) {
      const notification = byOccurrence.get(`${followUpId} ${occurrence}`);
      if (!notification) return;
      byOccurrence.delete(`${followUpId} ${occurrence}`);
      live.delete(notification);
      notification.close?.();
    },
    closeWorkSearchWeek(weekStart) {
      const notification = byOccurrence.get(weekKey(weekStart));
      if (!notification) return;
      byOccurrence.delete(weekKey(weekStart));
      live.delete(notification);
      notification.close?.();
    },
    showReplies(replies) {
      // Without OS notifications the window's toast (the `mail.replies` event) and Today tell it.
      if (replies.length === 0 || !deps.available()) return;
      try {
        showReplyNotifications(
          {
            platform: deps.platform,
            create: deps.create,
            open: (applicationId) => {
              if (applicationId) deps.sendEvent('navigate', { applicationId, followUpId: null, action: null });
              deps.focusWindow();
            },
            answer: (id, answer) => {
              deps.answerReply?.(id, answer).catch((error: unknown) => deps.log.warn('A reply notification action failed', { answer, reason: String(error) }));
            },
            hold: (notification) => {
              live.add(notification);
              return () => void live.delete(notification);
            },
          },
          replies,
        );
      } catch (error) {
        deps.log.warn('Creating a reply notification threw; it stays on Today', { reason: String(error) });
      }
    },
    showWorkSearchWeek(notice) {
      // Without OS notifications the window's toast (the `worklog.reminder` event) tells it.
      if (!deps.available()) return;
      try {
        showWorkSearchWeekNotification(
          {
            platform: deps.platform,
            create: deps.create,
            open: (week) => {
              deps.sendEvent('worklog.open', week);
              deps.focusWindow();
            },
            hold: (notification) => {
              live.add(notification);
              const key = weekKey(notice.week.from);
              byOccurrence.set(key, notification);
              return () => {
                live.delete(notification);
                if (byOccurrence.get(key) === notification) byOccurrence.delete(key);
              };
            },
            failed: (reason) => deps.log.warn('The OS could not show the weekly work-search reminder; the app shows it', { reason }),
          },
          notice,
        );
      } catch (error) {
        deps.log.warn('Creating the weekly work-search notification threw; the app shows it', { reason: String(error) });
      }
    },
    show(reminders, digest) {
      if (reminders.length === 0) return;
      if (!deps.available()) {
        fallback(reminders, digest);
        return;
      }
      for (const plan of planNotifications(reminders, digest)) {
        try {
          showOne(plan);
        } catch (error) {
          deps.log.warn('Creating a notification threw; showing it in the app', { reason: String(error) });
          fallback(plan.reminders, plan.reminders.length > 1);
        }
      }
    },
  };
}
