import type { Application } from '../domain';
import type { MailMessage } from './message';
import { companyDomains, domainOf, isFreeMail, isHiringSystem, namesCompany } from '../company/company-signals';

/**
 * Which application a message in the inbox is a reply about. Rules, strongest first — the
 * strongest rule that matches decides; two applications at that level → the user is asked.
 *
 * | rule            | a message matches an application when…                                          |
 * |-----------------|-----------------------------------------------------------------------------------|
 * | never counted   | Auto-Submitted other than "no" (RFC 3834); Precedence bulk/list/junk; a List-Id;  |
 * |                 | an out-of-office / automatic-reply subject; From is one of the user's addresses   |
 * | `thread`        | In-Reply-To or References names a message the user sent (or Hearback saw) about it |
 * | `contact`       | From is one of its contacts' addresses                                            |
 * | `domain`        | From's domain is the company's: a contact's domain or the job link's (hiring-     |
 * |                 | system and free-mail domains never count as a company's)                          |
 * | `hiring-system` | From is an applicant-tracking / scheduling service and the sender's name or the   |
 * |                 | subject names the company                                                         |
 *
 * Archived applications are not matched.
 */
export type MatchVia = 'thread' | 'contact' | 'domain' | 'hiring-system';

export type MatchResult =
  | { kind: 'ignored'; reason: 'auto-reply' | 'mailing-list' | 'own-message' }
  | { kind: 'none' }
  | { kind: 'match'; via: MatchVia; applicationIds: string[] };

export interface MatchContext {
  applications: readonly Application[];
  /** Message-IDs (normalised) of messages the user sent or Hearback saw, by application id. */
  knownMessageIds: ReadonlyMap<string, string>;
  /** The user's own addresses, lower-case. */
  ownAddresses: ReadonlySet<string>;
}

const OUT_OF_OFFICE = /\b(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|away from (the )?office|on vacation|abwesenheitsnotiz|réponse automatique|respuesta automática)\b/i;

/** RFC 3834 auto-replies, out-of-office notes, lists and newsletters: never a hear-back. */
export function ignoredReason(msg: MailMessage, ownAddresses: ReadonlySet<string>): 'auto-reply' | 'mailing-list' | 'own-message' | null {
  const auto = msg.autoSubmitted.trim().toLowerCase();
  if (auto !== '' && auto !== 'no') return 'auto-reply';
  if (OUT_OF_OFFICE.test(msg.subject)) return 'auto-reply';
  if (/^(bulk|list|junk|auto_reply)$/i.test(msg.precedence.trim())) return 'mailing-list';
  if (msg.listId.trim() !== '') return 'mailing-list';
  if (msg.from && ownAddresses.has(msg.from.address)) return 'own-message';
  return null;
}

export function matchMessage(msg: MailMessage, ctx: MatchContext): MatchResult {
  const ignored = ignoredReason(msg, ctx.ownAddresses);
  if (ignored) return { kind: 'ignored', reason: ignored };
  const apps = ctx.applications.filter((a) => !a.archived);
  const decide = (via: MatchVia, ids: Iterable<string>): MatchResult | null => {
    const unique = [...new Set(ids)];
    return unique.length > 0 ? { kind: 'match', via, applicationIds: unique.sort() } : null;
  };
  const live = new Set(apps.map((a) => a.id));
  const threaded = [...msg.inReplyTo, ...msg.references].map((id) => ctx.knownMessageIds.get(id)).filter((id): id is string => id !== undefined && live.has(id));
  const byThread = decide('thread', threaded);
  if (byThread) return byThread;
  const from = msg.from;
  if (!from) return { kind: 'none' };
  const byContact = decide('contact', apps.filter((a) => a.contacts.some((c) => c.email.toLowerCase() === from.address)).map((a) => a.id));
  if (byContact) return byContact;
  const senderDomain = domainOf(from.address);
  if (isHiringSystem(senderDomain)) {
    const named = apps.filter((a) => namesCompany(from.name, a.company) || namesCompany(msg.subject, a.company));
    return decide('hiring-system', named.map((a) => a.id)) ?? { kind: 'none' };
  }
  if (isFreeMail(senderDomain)) return { kind: 'none' };
  return decide('domain', apps.filter((a) => companyDomains(a).has(senderDomain)).map((a) => a.id)) ?? { kind: 'none' };
}
