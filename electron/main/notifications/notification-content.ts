import type { Reminder } from '../../../shared/contract';

/** One OS notification to show. */
export interface NotificationPlan {
  title: string;
  body: string;
  /** The follow-up the buttons and a click act on; `null` for a digest (a click opens the list). */
  reminder: Reminder | null;
  /** Every reminder this notification stands for (for the in-app fallback). */
  reminders: Reminder[];
}

/** More reminders than this at once are summarized in one digest, not a storm of toasts. */
export const MAX_INDIVIDUAL_NOTIFICATIONS = 3;

/**
 * Decides what to show for a batch of due reminders: one notification each, or one digest when
 * the core says so (caught up after sleep) or when there are too many. Titles and bodies come
 * from the core, which writes them without gendered language.
 */
export function planNotifications(reminders: readonly Reminder[], digest: boolean): NotificationPlan[] {
  if (reminders.length === 0) return [];
  if (!digest && reminders.length <= MAX_INDIVIDUAL_NOTIFICATIONS) {
    return reminders.map((r) => ({ title: r.title, body: r.body, reminder: r, reminders: [r] }));
  }
  const lines = reminders.slice(0, 4).map((r) => `• ${r.title}`);
  if (reminders.length > 4) lines.push(`…and ${reminders.length - 4} more`);
  return [
    {
      title: `${reminders.length} follow-ups are due`,
      body: lines.join('\n'),
      reminder: reminders.length === 1 ? (reminders[0] ?? null) : null,
      reminders: [...reminders],
    },
  ];
}
