import type { Application, Interview } from '../domain';
import { replyAsks } from './awaiting';
import type { ProposedOutcome } from './outcome';
import { matchMessage, type MatchContext } from './matching';
import type { MailMatch, MailMessage } from './message';

/** The key a message is counted under, whichever account, folder or UID it was read from. */
export function matchKey(m: MailMessage): string {
  return m.messageId !== '' ? `mid:${m.messageId}` : `hdr:${m.date}|${m.from?.address ?? ''}|${m.subject}`;
}

/**
 * What an inbox message leaves behind: a match asking "Heard back?" when it is a reply about an
 * application (matching.ts) still waiting for an answer (awaiting.ts: interview or not) — only
 * the message-id, date, sender, subject, what it matched and the proposed outcome. Null otherwise.
 */
export function replyMatch(message: MailMessage, ctx: MatchContext & { interviews: readonly Interview[]; accountId: string }, outcome: ProposedOutcome | null = null): MailMatch | null {
  const result = matchMessage(message, ctx);
  if (result.kind !== 'match') return null;
  const apps = new Map(ctx.applications.map((a) => [a.id, a]));
  const awaiting = result.applicationIds.filter((appId) => {
    const app = apps.get(appId);
    return app !== undefined && replyAsks(app, message.date, ctx.interviews, outcome !== null);
  });
  if (awaiting.length === 0) return null;
  const from = message.from;
  const sender = from ? (from.name ? `${from.name} <${from.address}>` : from.address) : '';
  return {
    id: matchKey(message),
    accountId: ctx.accountId,
    messageId: message.messageId,
    date: message.date,
    sender: sender.slice(0, 400),
    subject: message.subject.slice(0, 400),
    applicationIds: awaiting,
    via: result.via,
    outcome,
    status: 'open',
    answeredApplicationId: null,
  };
}

/**
 * The application a message the user sent is about — to one of its contacts or its company's
 * domain, one application only — so replies to it match by thread. Null when unclear.
 */
export function sentThreadApplication(message: MailMessage, applications: readonly Application[]): string | null {
  if (message.messageId === '') return null;
  for (const to of [...message.to, ...message.cc]) {
    const asIfFrom: MailMessage = { ...message, from: to, inReplyTo: [], references: [], autoSubmitted: '', precedence: '', listId: '' };
    const result = matchMessage(asIfFrom, { applications, knownMessageIds: new Map(), ownAddresses: new Set() });
    if (result.kind === 'match' && result.applicationIds.length === 1) return result.applicationIds[0]!;
  }
  return null;
}
