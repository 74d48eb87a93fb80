import type { Application, Interview } from '../domain';
import { interviewAwaitingAnswer } from './awaiting';
import { matchMessage, type MatchContext } from './matching';
import type { MailMatch, MailMessage } from './message';

/** The key a message is counted under, whichever account, folder or UID it was read from. */
export function matchKey(m: MailMessage): string {
  return m.messageId !== '' ? `mid:${m.messageId}` : `hdr:${m.date}|${m.from?.address ?? ''}|${m.subject}`;
}

/**
 * What an inbox message leaves behind: a match asking "Heard back?" when it is a reply about an
 * application (matching.ts) that has an interview still waiting for an answer (awaiting.ts) —
 * only the message-id, date, sender, subject and what it matched. Null otherwise.
 */
export function replyMatch(message: MailMessage, ctx: MatchContext & { interviews: readonly Interview[]; accountId: string }): MailMatch | null {
  const result = matchMessage(message, ctx);
  if (result.kind !== 'match') return null;
  const awaiting = result.applicationIds.filter((appId) => interviewAwaitingAnswer(appId, message.date, ctx.interviews) !== null);
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
    outcome: null,
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
