import type { Application } from '../domain';
import type { MailMessage } from './message';
import { companyDomains, domainOf, isFreeMail, isHiringSystem } from '../company/company-signals';
import { companyKey, namesCompany } from '../company/same-company';

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
 * | `domain`        | From's domain is the company's: a contact's domain, the job link's, or one whose  |
 * |                 | name is the company's (`tailspintoys.com` for "Tailspin Toys") — hiring-system    |
 * |                 | and free-mail domains never count as a company's                                 |
 * | `hiring-system` | From is an applicant-tracking / scheduling service and the company is named: in  |
 * |                 | the sender's name, the subject, the address's local part (Workday writes from     |
 * |                 | `<tenant>@myworkday.com` under the name "Workday"), or — when none of those names |
 * |                 | any company — the body's first lines or its signature (`bodyStart`, fetched only  |
 * |                 | for such messages: `needsBody`)                                                   |
 *
 * Archived applications are not matched. Out-of-office subjects: "Automatic reply:", "Out of
 * office", "Automatische Antwort:", "Abwesenheitsnotiz", "Abwesend:", "Réponse automatique",
 * "Absence", "Respuesta automática", "Fuera de la oficina" (Exchange sends these without
 * Auto-Submitted); `X-Autoreply` / `X-Autorespond` headers count as Auto-Submitted.
 */
export type MatchVia = 'thread' | 'contact' | 'domain' | 'hiring-system';

export type MatchResult = { kind: 'ignored'; reason: 'auto-reply' | 'mailing-list' | 'own-message' } | { kind: 'none'; needsBody?: true } | { kind: 'match'; via: MatchVia; applicationIds: string[] };

export interface MatchContext {
  applications: readonly Application[];
  /** Message-IDs (normalised) of messages the user sent or Hearback saw, by application id. */
  knownMessageIds: ReadonlyMap<string, string>;
  /** The user's own addresses, lower-case. */
  ownAddresses: ReadonlySet<string>;
}

const OUT_OF_OFFICE =
  /(^|[^\p{L}])(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|away from (the )?office|on vacation|automatische antwort|abwesenheitsnotiz|abwesend|abwesenheit|réponse automatique|absence|respuesta automática|fuera de la oficina)([^\p{L}]|$)/iu;

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
  const byContact = decide(
    'contact',
    apps.filter((a) => a.contacts.some((c) => c.email.toLowerCase() === from.address)).map((a) => a.id),
  );
  if (byContact) return byContact;
  const senderDomain = domainOf(from.address);
  if (isHiringSystem(senderDomain)) {
    const named = apps.filter((a) => namesCompany(from.name, a.company) || namesCompany(msg.subject, a.company) || localPartNames(from.address, a.company));
    const byHeaders = decide(
      'hiring-system',
      named.map((a) => a.id),
    );
    if (byHeaders) return byHeaders;
    if (msg.bodyStart === undefined) return { kind: 'none', needsBody: true };
    const inBody = apps.filter((a) => namesCompany(bodyLinesNamingSender(msg.bodyStart ?? ''), a.company));
    return (
      decide(
        'hiring-system',
        inBody.map((a) => a.id),
      ) ?? { kind: 'none' }
    );
  }
  if (isFreeMail(senderDomain)) return { kind: 'none' };
  return (
    decide(
      'domain',
      apps.filter((a) => companyDomains(a).has(senderDomain) || domainNamesCompany(senderDomain, a.company)).map((a) => a.id),
    ) ?? { kind: 'none' }
  );
}

/** Where a hiring system's mail names the company: its first lines and its last (the signature). */
export function bodyLinesNamingSender(text: string): string {
  return text.length <= 1500 ? text : `${text.slice(0, 1000)}\n${text.slice(-500)}`;
}

/**
 * Whether an address's local part is the company's tenant name (`northwind@myworkday.com`,
 * `northwindtraders@…`): the company's name without spaces equals the local part or one of its
 * dot/dash/underscore-separated pieces.
 */
export function localPartNames(address: string, company: string): boolean {
  const key = companyKey(company);
  if (key === null) return false;
  const compact = key.replace(/ /g, '');
  if (compact.length < 3) return false;
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return local.replace(/[^a-z0-9]/g, '') === compact || local.split(/[._+-]/).includes(compact);
}

/** Whether a registrable domain is the company's name (`tailspintoys.com`, `northwind.co.uk`): its first label, without spaces. */
export function domainNamesCompany(domain: string, company: string): boolean {
  const key = companyKey(company);
  if (key === null) return false;
  const compact = key.replace(/ /g, '');
  return compact.length >= 3 && domain.split('.')[0] === compact;
}
