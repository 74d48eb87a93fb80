import type { NotificationConstructorOptions } from 'electron';
import type { MailReplyNotice } from '../../../shared/contract';
import type { ReplyAnswer } from '../../core';
import { platformSupportsActions, reportedActionIndex } from './notification-actions';
import type { NotificationLike } from './notifier';

/** The buttons of a reply notification, in display order; a click on the body opens it (Open). */
export const REPLY_ACTIONS: ReadonlyArray<{ answer: ReplyAnswer; label: string }> = [
  { answer: 'heard-back', label: 'Heard back' },
  { answer: 'not-about-this', label: 'Not about this' },
];

/** More new replies than this at once (a first look back) are told as one notification. */
export const REPLY_DIGEST_THRESHOLD = 3;

export interface ReplyNotificationPlan {
  title: string;
  body: string;
  /** The reply the buttons answer; null for a digest. */
  reply: MailReplyNotice | null;
}

/** "Northwind replied" / "'Re: Thank you' — Heard back?"; many at once: one line pointing to Today. */
export function planReplyNotifications(replies: readonly MailReplyNotice[]): ReplyNotificationPlan[] {
  if (replies.length > REPLY_DIGEST_THRESHOLD) {
    return [{ title: `${replies.length} replies from companies`, body: 'See Today: say whether each is the answer you were waiting for.', reply: null }];
  }
  return replies.map((reply) => ({ title: `${reply.company} replied`, body: `‘${reply.subject || '(no subject)'}’ — Heard back?`, reply }));
}

export interface ReplyNotifierDeps {
  platform: NodeJS.Platform;
  create: (options: NotificationConstructorOptions) => NotificationLike;
  /** Opens the app on Today (or the application). */
  open: (applicationId: string | null) => void;
  answer: (replyId: string, answer: ReplyAnswer) => void;
  /** Keeps the notification referenced until it is done (see notifier.ts). */
  hold: (n: NotificationLike) => () => void;
}

export function showReplyNotifications(deps: ReplyNotifierDeps, replies: readonly MailReplyNotice[]): void {
  for (const plan of planReplyNotifications(replies)) {
    const withActions = plan.reply !== null && platformSupportsActions(deps.platform);
    const notification = deps.create({
      title: plan.title,
      body: plan.body,
      ...(withActions ? { actions: REPLY_ACTIONS.map((a) => ({ type: 'button' as const, text: a.label })) } : {}),
      ...(withActions && deps.platform === 'darwin' ? { closeButtonText: 'Close' } : {}),
    });
    const done = deps.hold(notification);
    notification.on('click', () => {
      done();
      deps.open(plan.reply?.applicationId ?? null);
    });
    notification.on('action', (details, legacyIndex) => {
      done();
      const index = reportedActionIndex(details, legacyIndex);
      const action = typeof index === 'number' ? REPLY_ACTIONS[index] : undefined;
      if (action && plan.reply) deps.answer(plan.reply.id, action.answer);
    });
    notification.on('close', done);
    // A reply that could not be shown by the OS is still on Today (and told in the window).
    notification.on('failed', done);
    notification.show();
  }
}
