import type { ImapFlow } from 'imapflow';
import type { MailReplyNotice } from '../../../shared/contract';
import type { Application, Interview } from '../../../shared/domain';
import { matchKey, proposeOutcome, replyMatch, sentThreadApplication, type MailAccount, type MailMatch, type MailMessage } from '../../../shared/mail';
import { fetchMatchedText, scanFolder } from './imap-session';
import { cursorKey, type MailFile } from './mail-file';

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
  /** A message found in Sent (with a Message-ID): may mark the follow-up it is sent. */
  onSentMessage?: (message: MailMessage) => void;
}

/**
 * What one look found, to merge into the file as it is when the look ends (other accounts may
 * have looked meanwhile): the cursors moved together with what they found.
 */
export interface ScanChanges {
  cursors: MailFile['cursors'];
  threads: MailFile['threads'];
  matches: MailMatch[];
}

/**
 * One look at an account: Sent first (it ties threads to applications and marks follow-ups sent),
 * then the inbox, which stays selected for IDLE. `file` is read, never changed.
 */
export async function scanAccount(scan: AccountScan): Promise<ScanChanges> {
  const { client, account, applications, file } = scan;
  const sinceMs = scan.nowMs - account.lookBackDays * DAY_MS;
  const sent = account.sentFolder !== null ? await scanSent(scan, account.sentFolder, sinceMs) : { cursors: {}, threads: {} };

  const key = cursorKey(account.id, account.inbox);
  const inbox = await scanFolder(client, account.inbox, file.cursors[key] ?? null, sinceMs, scan.quick);
  const known = new Set(file.matches.map((m) => m.id));
  const threads = new Map(Object.entries({ ...file.threads, ...sent.threads }));
  const context = { applications, interviews: scan.interviews, knownMessageIds: threads, ownAddresses: new Set(file.accounts.map((a) => a.address)), accountId: account.id };
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
  return { cursors: { ...sent.cursors, [key]: inbox.cursor }, threads: sent.threads, matches: fresh.map((f) => f.match) };
}

/** The replies as a notification tells them. */
export function replyNotices(matches: readonly MailMatch[], applications: readonly Application[]): MailReplyNotice[] {
  const names = new Map(applications.map((a) => [a.id, a.company]));
  return matches.map((match) => ({ id: match.id, applicationId: match.applicationIds[0]!, company: match.applicationIds.map((id) => names.get(id) ?? 'A company').join(' or '), subject: match.subject }));
}

async function scanSent(scan: AccountScan, folder: string, sinceMs: number): Promise<Pick<ScanChanges, 'cursors' | 'threads'>> {
  const key = cursorKey(scan.account.id, folder);
  const cursor = scan.file.cursors[key] ?? null;
  // STATUS first: the inbox stays selected (and cheap to look at) unless Sent changed.
  const found = cursor ? await scan.client.status(folder, { uidNext: true, uidValidity: true }) : false;
  if (cursor && found !== false && String(found.uidValidity) === cursor.uidValidity && found.uidNext === cursor.uidNext) return { cursors: {}, threads: {} };
  const sent = await scanFolder(scan.client, folder, cursor, sinceMs);
  const threads: MailFile['threads'] = {};
  for (const { message } of sent.messages) {
    const applicationId = sentThreadApplication(message, scan.applications);
    if (applicationId !== null) threads[message.messageId] = applicationId;
    // The service checks, at this moment, that no earlier look (any account) used this message.
    if (message.messageId !== '') scan.onSentMessage?.(message);
  }
  return { cursors: { [key]: sent.cursor }, threads };
}
