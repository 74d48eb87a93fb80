import type { ImapFlow } from 'imapflow';
import type { MailReplyNotice } from '../../../shared/contract';
import type { Application, Interview } from '../../../shared/domain';
import { MS_PER_DAY } from '../../../shared/followup';
import { matchKey, matchMessage, proposeOutcome, replyMatch, sentThreadApplication, type MailAccount, type MailMatch, type MailMessage } from '../../../shared/mail';
import { fetchMatchedText, scanFolder, type ScannedMessage } from './imap-session';
import { cursorKey, type MailFile } from './mail-file';

export interface AccountScan {
  client: ImapFlow;
  account: MailAccount;
  file: MailFile;
  nowMs: number;
  /** A timer/IDLE poll: the still-selected inbox is looked at cheaply (imap-session.ts). */
  quick: boolean;
  /** Read the inbox's look-back window again (an application was added: old replies may be about it). */
  rereadInbox?: boolean;
  applications: readonly Application[];
  interviews: readonly Interview[];
  /**
   * A message found in Sent (with a Message-ID) and its own words: may mark the follow-up it is
   * sent. A rejection is the store's failure, not the mail server's: Sent is read again next look.
   */
  onSentMessage?: (message: MailMessage, text: string) => Promise<void>;
}

/**
 * What one look found, to merge into the file as it is when the look ends (other accounts may
 * have looked meanwhile): the cursors moved together with what they found.
 */
export interface ScanChanges {
  cursors: MailFile['cursors'];
  threads: MailFile['threads'];
  matches: MailMatch[];
  /** Recording a follow-up found in Sent failed (the store's error), or null. */
  storeError: unknown;
}

/**
 * One look at an account: Sent first (it ties threads to applications and marks follow-ups sent),
 * then the inbox, which stays selected for IDLE. `file` is read, never changed.
 *
 * | inbox message                          | what is read                                           |
 * |----------------------------------------|--------------------------------------------------------|
 * | matches an application (matching.ts)   | the body's first KB: the proposed outcome (outcome.ts) |
 * | a hiring system naming no company      | the body's first KB: the company it names (`bodyStart`)|
 * | anything else                          | nothing beyond the headers                             |
 */
export async function scanAccount(scan: AccountScan): Promise<ScanChanges> {
  const { client, account, applications, file } = scan;
  const sinceMs = scan.nowMs - account.lookBackDays * MS_PER_DAY;
  const sent = account.sentFolder !== null ? await scanSent(scan, account.sentFolder, sinceMs) : { cursors: {}, threads: {}, storeError: null };

  const key = cursorKey(account.id, account.inbox);
  const inbox = await scanFolder(client, account.inbox, scan.rereadInbox ? null : (file.cursors[key] ?? null), sinceMs, scan.quick && !scan.rereadInbox);
  const known = new Set(file.matches.map((m) => m.id));
  const threads = new Map(Object.entries({ ...file.threads, ...sent.threads }));
  const context = { applications, interviews: scan.interviews, knownMessageIds: threads, ownAddresses: new Set(file.accounts.map((a) => a.address)), accountId: account.id };
  const toRead: ScannedMessage[] = [];
  for (const scanned of inbox.messages) {
    if (known.has(matchKey(scanned.message))) continue;
    const result = matchMessage(scanned.message, context);
    if (result.kind === 'match' || (result.kind === 'none' && result.needsBody)) toRead.push(scanned);
  }
  const texts = await fetchMatchedText(client, toRead);
  const fresh: MailMatch[] = [];
  for (const { uid, message } of toRead) {
    const text = texts.get(uid) ?? '';
    const read: MailMessage = { ...message, bodyStart: text };
    const match = replyMatch(read, context, proposeOutcome(message.subject, text));
    if (!match || known.has(match.id)) continue;
    known.add(match.id);
    fresh.push(match);
  }
  return { cursors: { ...sent.cursors, [key]: inbox.cursor }, threads: sent.threads, matches: fresh, storeError: sent.storeError };
}

/** The replies as a notification tells them ("Adatum (Designer) or Adatum (Engineer)" when one company has two). */
export function replyNotices(matches: readonly MailMatch[], applications: readonly Application[]): MailReplyNotice[] {
  const apps = new Map(applications.map((a) => [a.id, a]));
  return matches.map((match) => {
    const named = match.applicationIds.map((id) => apps.get(id)).sort((a, b) => (a?.company ?? '').localeCompare(b?.company ?? '') || (a?.role ?? '').localeCompare(b?.role ?? ''));
    const label = (a: Application | undefined) => (a === undefined ? 'A company' : named.filter((o) => o?.company === a.company).length > 1 ? `${a.company} (${a.role})` : a.company);
    return { id: match.id, applicationId: match.applicationIds[0]!, company: named.map(label).join(' or '), subject: match.subject };
  });
}

async function scanSent(scan: AccountScan, folder: string, sinceMs: number): Promise<Pick<ScanChanges, 'cursors' | 'threads' | 'storeError'>> {
  const key = cursorKey(scan.account.id, folder);
  const cursor = scan.file.cursors[key] ?? null;
  // STATUS first: the inbox stays selected (and cheap to look at) unless Sent changed.
  const found = cursor ? await scan.client.status(folder, { uidNext: true, uidValidity: true }) : false;
  if (cursor && found !== false && String(found.uidValidity) === cursor.uidValidity && found.uidNext === cursor.uidNext) return { cursors: {}, threads: {}, storeError: null };
  const sent = await scanFolder(scan.client, folder, cursor, sinceMs);
  const threads: MailFile['threads'] = {};
  const aboutApplications: ScannedMessage[] = [];
  // To a contact of any application (two at one company included: the follow-ups decide which).
  const contacts = new Set(scan.applications.flatMap((a) => a.contacts.map((c) => c.email.toLowerCase())));
  for (const scanned of sent.messages) {
    const applicationId = sentThreadApplication(scanned.message, scan.applications);
    if (applicationId !== null) threads[scanned.message.messageId] = applicationId;
    const toContact = [...scanned.message.to, ...scanned.message.cc].some((a) => contacts.has(a.address));
    if (applicationId !== null || toContact) aboutApplications.push(scanned);
  }
  // What the user wrote decides which follow-up it is (an update asked for is a check-in).
  const texts = scan.onSentMessage ? await fetchMatchedText(scan.client, aboutApplications) : new Map<number, string>();
  let storeError: unknown = null;
  for (const { uid, message } of aboutApplications) {
    try {
      // The service checks, at this moment, that no earlier look (any account) used this message.
      await scan.onSentMessage?.(message, texts.get(uid) ?? '');
    } catch (error) {
      storeError = error;
      break;
    }
  }
  // Not recorded: this folder's place does not move, so the next look tries these messages again.
  return { cursors: storeError === null ? { [key]: sent.cursor } : {}, threads, storeError };
}
