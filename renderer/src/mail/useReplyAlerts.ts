import { useEffect } from 'react';
import { isBrowserMode, subscribe } from '../contract';
import { navigate } from '../app/useRoute';
import { useToasts } from '../ui/toasts';

/**
 * New replies from companies: a toast in the window ("Northwind replied: ‘Re: …’", Open), and in
 * browser mode a Web Notification (the desktop app's OS notification is shown by the main process).
 */
export function useReplyAlerts(): void {
  const toasts = useToasts();
  useEffect(
    () =>
      subscribe('mail.replies', ({ replies }) => {
        const first = replies[0];
        if (!first) return;
        const message = replies.length === 1 ? `${first.company} replied: ‘${first.subject}’ — Heard back? See Today.` : `${replies.length} replies from companies — see Today.`;
        toasts.show({ tone: 'info', message, action: { label: 'Open', run: () => navigate({ view: 'today' }) } });
        if (isBrowserMode && 'Notification' in window && Notification.permission === 'granted') {
          const notification = new Notification(replies.length === 1 ? `${first.company} replied` : 'Hearback: replies from companies', {
            body: replies.length === 1 ? `‘${first.subject}’ — Heard back?` : message,
            tag: `reply-${first.id}`,
          });
          notification.onclick = () => {
            window.focus();
            navigate({ view: 'today' });
          };
        }
      }),
    [toasts],
  );
}
