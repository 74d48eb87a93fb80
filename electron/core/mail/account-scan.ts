import type { ImapFlow } from 'imapflow';
import type { MailReplyNotice } from '../../../shared/contract';
import type { Application, Interview } from '../../../shared/domain';
import { matchKey, proposeOutcome, replyMatch, sentThreadApplication, type MailAccount, type MailMatch, type MailMessage } from '../../../shared/mail';
import { fetchMatchedText, scanFolder } from './imap-session';
import { cursorKey, type MailFile, type SentSeen } from './mail-file';

const DAY_MS = 86_400_000;

export interface AccountScan {
  client: ImapFlow;
  account: MailAccount;
  file: MailFile;
  nowMs: number;
  /** A timer/IDLE poll: the still-selected inbox is looked at cheaply (imap-session.ts). */
  quick: boolean;
  applications: readonly Application[];
  interviews: readonly Interview[];
  /** A message found in Sent: marks the follow-up it is sent, or null. */
  onSentMessage?: (message: MailMessage) => SentSeen | null;
}

/**
 * One look at an account: Sent first (it ties threads to applications and marks follow-ups sent),
 * then the inbox, which stays selected for IDLE. Returns the file as it should be saved (cursors
 * moved together with what they found) and the replies found now.
 */
export async function scanAccount(scan: AccountScan): Promise<{ file: MailFile; newReplies: MailReplyNotice[] }> {
  const { client, account, applications } = scan;
  let file = scan.file;
  const sinceMs = scan.nowMs - account.lookBackDays * DAY_MS;
  if (account.sentFolder !== null) file = await scanSent(scan, account.sentFolder, file, sinceMs);

  const key = cursorKey(account.id, account.inbox);
  const inbox = await scanFolder(client, account.inbox, file.cursors[key] ?? null, sinceMs, scan.quick);
  const known = new Set(file.matches.map((m) => m.id));
  const context = { applications, interviews: scan.interviews, knownMessageIds: new Map(Object.entries(file.threads)), ownAddresses: new Set(file.accounts.map((a) => a.address)), accountId: account.id };
  const fresh: { uid: number; match: MailMatch }[] = [];
  for (const { uid, message } of inbox.messages) {
    if (known.has(matchKey(message))) continue;
    const match = replyMatch(message, context);
    if (!match) continue;
    known.add(match.id);
    fresh.push({ uid, match });
  }
  if (fresh.length > 0) {
    const texts = await fetchMatchedText(client, fresh.map((f) => f.uid));
    for (const f of fresh) f.match.outcome = proposeOutcome(f.match.subject, texts.get(f.uid) ?? '');
  }
  file = { ...file, cursors: { ...file.cursors, [key]: inbox.cursor }, matches: [...file.matches, ...fresh.map((f) => f.match)] };
  const names = new Map(applications.map((a) => [a.id, a.company]));
  const newReplies = fresh.map(({ match }) => ({ id: match.id, applicationId: match.applicationIds[0]!, company: match.applicationIds.map((id) => names.get(id) ?? 'A company').join(' or '), subject: match.subject }));
  return { file, newReplies };
}

async function scanSent(scan: AccountScan, folder: string, file: MailFile, sinceMs: number): Promise<MailFile> {
  const key = cursorKey(scan.account.id, folder);
  const cursor = file.cursors[key] ?? null;
  // STATUS first: the inbox stays selected (and cheap to look at) unless Sent changed.
  const found = cursor ? await scan.client.status(folder, { uidNext: true, uidValidity: true }) : false;
  if (cursor && found !== false && String(found.uidValidity) === cursor.uidValidity && found.uidNext === cursor.uidNext) return file;
  const sent = await scanFolder(scan.client, folder, cursor, sinceMs);
  const used = new Set([...file.sentSeen.map((s) => s.messageId), ...file.sentFromHearback]);
  const threads = { ...file.threads };
  const sentSeen = [...file.sentSeen];
  for (const { message } of sent.messages) {
    const applicationId = sentThreadApplication(message, scan.applications);
    if (applicationId !== null) threads[message.messageId] = applicationId;
    if (message.messageId === '' || used.has(message.messageId) || !scan.onSentMessage) continue;
    const seen = scan.onSentMessage(message);
    if (seen) {
      used.add(message.messageId);
      sentSeen.push(seen);
    }
  }
  return { ...file, threads, sentSeen, cursors: { ...file.cursors, [key]: sent.cursor } };
}
