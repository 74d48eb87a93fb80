import type { MailAccountStatus } from '../../../shared/contract';

/** One line per account: what it is doing, and why not when it is not (never a silent stop). */
export function accountStatusText(s: MailAccountStatus, formatTime: (iso: string) => string): { text: string; tone: 'ok' | 'warn' | 'error' } {
  switch (s.state) {
    case 'watching':
      return { text: `Watching${s.lastCheckedAt ? ` · last checked ${formatTime(s.lastCheckedAt)}` : ''}`, tone: 'ok' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'warn' };
    case 'needs-password':
      return { text: s.problem?.message ?? 'Connect the account again: its password is not kept.', tone: 'error' };
    case 'retrying':
      return { text: `${s.problem?.message ?? 'Not connected.'}${s.retryAt ? ` Trying again at ${formatTime(s.retryAt)}.` : ''}`, tone: 'error' };
  }
}
