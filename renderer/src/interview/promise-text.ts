import type { HearBackPromise } from '../../../shared/domain';
import { formatLocalDate } from '../ui/format-time';

const CHANNEL: Record<string, string> = { email: 'by email', phone: 'by phone', portal: 'on the applicant portal', other: 'another way' };

/** "By Mar 3, 2026, by email" / "No date given" / "Not recorded yet". */
export function promiseText(p: HearBackPromise): string {
  const channel = p.channel ? `, ${CHANNEL[p.channel]}` : '';
  if (p.status === 'date' && p.date) return `By ${formatLocalDate(p.date)}${channel}`;
  if (p.status === 'not_given') return `No date given${channel}`;
  return 'Not recorded yet';
}
