import { ImapFlow, type FetchMessageObject } from 'imapflow';
import type { MailAccountInput } from '../../../shared/mail';
import { MATCHED_TEXT_BYTES, type MailMessage } from '../../../shared/mail';
import { classifyImapError, folderMissing, MailProblemError } from './imap-problem';
import { imapOptions } from './imap-options';
import type { FolderCursor } from './mail-file';
import { bodyEncoding, bodyText, EXTRA_HEADERS, toMailMessage, type BodyEncoding } from './message-headers';

export interface ImapTarget {
  host: string;
  port: number;
  tls: boolean;
  user: string;
}

/** How long a connection attempt may take before it counts as unreachable. */
const CONNECT_TIMEOUT_MS = 20_000;

/**
 * How long a quiet connection waits after a command before it starts IDLE. The server tells new
 * mail (EXISTS) only while IDLE runs, so this is how late mail right after a look is noticed
 * (imapflow's default, 15 s, made such mail ~15 s late).
 */
export const IDLE_START_MS = 200;

/**
 * Opens an authenticated connection; throws MailProblemError with the specific problem.
 * `autoIdleDelayMs`: how long a quiet connection waits before IDLE (IDLE_START_MS).
 */
export async function connectImap(target: ImapTarget, password: string, options: { autoIdleDelayMs?: number } = {}): Promise<ImapFlow> {
  const client = new ImapFlow({
    ...imapOptions(target, password, CONNECT_TIMEOUT_MS),
    autoIdleDelay: options.autoIdleDelayMs ?? IDLE_START_MS,
  });
  // An error after connect (a dropped socket) must not become an uncaught exception.
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    throw new MailProblemError(classifyImapError(error, target));
  }
}

/** Tries the settings: connect, log in, open the inbox (and the Sent folder when given). */
export async function testConnection(account: MailAccountInput & { inbox: string; sentFolder: string | null }, password: string): Promise<string[]> {
  const client = await connectImap(account, password);
  try {
    const folders = (await client.list()).map((m) => m.path);
    for (const folder of [account.inbox, account.sentFolder]) {
      if (folder !== null && !folders.some((f) => f.toLowerCase() === folder.toLowerCase())) throw new MailProblemError(folderMissing(folder));
    }
    return folders;
  } catch (error) {
    throw new MailProblemError(classifyImapError(error, account));
  } finally {
    await client.logout().catch(() => client.close());
  }
}

export interface ScannedMessage {
  uid: number;
  message: MailMessage;
  /** How its body is encoded, should its first bytes be read. */
  encoding: BodyEncoding;
}

export interface ScanResult {
  cursor: FolderCursor;
  /** Whether this scan started over (first look, or UIDVALIDITY changed). */
  fresh: boolean;
  messages: ScannedMessage[];
}

/**
 * Reads what is new in one folder since `cursor`: only envelopes and the listed headers.
 * - `allowQuick` and the folder still selected on this connection (the inbox, between IDLEs):
 *   `UID SEARCH UID n:*` from the cursor's UIDNEXT — the server answers from its index, the same
 *   for 200 or 20,000 messages (re-selecting makes Dovecot look over the whole maildir). A
 *   selected folder deleted or renumbered by another client is not always told to this session,
 *   so the caller opens it afresh now and then (`allowQuick` false);
 * - no cursor, or UIDVALIDITY changed: the messages since `sinceMs` (SEARCH SINCE, bounded look-back);
 * - UIDNEXT unchanged (and, with CONDSTORE, HIGHESTMODSEQ unchanged): nothing is fetched at all, so
 *   a quiet poll costs the same for 100 or 100,000 messages;
 * - otherwise: UIDs from the old UIDNEXT on.
 * The cursor moves only once the whole fetch arrived: a connection dropped mid-fetch reads the
 * same messages again next time (matches are keyed by Message-ID, so nothing is counted twice).
 */
export async function scanFolder(client: ImapFlow, folder: string, cursor: FolderCursor | null, sinceMs: number, allowQuick = false): Promise<ScanResult> {
  const quick = allowQuick ? await scanSelected(client, folder, cursor) : null;
  if (quick) return quick;
  let mailbox;
  try {
    mailbox = await client.mailboxOpen(folder, { readOnly: true });
  } catch (error) {
    const text = String((error as { responseText?: unknown }).responseText ?? '');
    if ((error as { serverResponseCode?: unknown }).serverResponseCode === 'NONEXISTENT' || /exist|unknown mailbox/i.test(text)) throw new MailProblemError(folderMissing(folder));
    throw error;
  }
  const next: FolderCursor = { uidValidity: String(mailbox.uidValidity), uidNext: mailbox.uidNext, highestModseq: mailbox.highestModseq === undefined ? null : String(mailbox.highestModseq) };
  const fresh = cursor === null || cursor.uidValidity !== next.uidValidity;
  if (!fresh && next.uidNext <= cursor.uidNext) return { cursor: next, fresh, messages: [] };
  if (!fresh && cursor.highestModseq !== null && cursor.highestModseq === next.highestModseq && next.uidNext === cursor.uidNext) return { cursor: next, fresh, messages: [] };
  let ranges: string[];
  if (fresh) {
    const found = await client.search({ since: new Date(sinceMs) }, { uid: true });
    const uids = Array.isArray(found) ? found : [];
    if (uids.length === 0 || mailbox.exists === 0) return { cursor: next, fresh, messages: [] };
    ranges = uidSets(uids);
  } else {
    ranges = [`${cursor.uidNext}:*`];
  }
  const messages: ScannedMessage[] = [];
  const floor = fresh ? 0 : cursor.uidNext;
  for (const range of ranges) {
    for await (const m of client.fetch(range, { ...FETCH_QUERY, headers: [...EXTRA_HEADERS] }, { uid: true })) {
      // "N:*" answers the last message even when it is older than N.
      if (m.uid < floor) continue;
      messages.push({ uid: m.uid, message: safeMessage(m), encoding: bodyEncoding(m) });
    }
  }
  return { cursor: next, fresh, messages };
}

/** UIDs per FETCH: servers refuse over-long command lines (Dovecot: "Too long argument"). */
export const UID_BATCH = 500;

/** Sorted UIDs as IMAP sequence sets ("1:40,42,50:60"), at most `batch` UIDs each. */
export function uidSets(uids: readonly number[], batch = UID_BATCH): string[] {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const sets: string[] = [];
  for (let i = 0; i < sorted.length; i += batch) {
    const part = sorted.slice(i, i + batch);
    const ranges: string[] = [];
    let start = part[0]!;
    let prev = start;
    for (const uid of part.slice(1)) {
      if (uid === prev + 1) {
        prev = uid;
        continue;
      }
      ranges.push(start === prev ? `${start}` : `${start}:${prev}`);
      start = prev = uid;
    }
    ranges.push(start === prev ? `${start}` : `${start}:${prev}`);
    sets.push(ranges.join(','));
  }
  return sets;
}

const FETCH_QUERY = { uid: true, envelope: true, internalDate: true, headers: [...EXTRA_HEADERS] } as const;

/** The cheap look while the folder stays selected; null when it must be opened afresh. */
async function scanSelected(client: ImapFlow, folder: string, cursor: FolderCursor | null): Promise<ScanResult | null> {
  const mailbox = client.mailbox;
  if (cursor === null || !mailbox || mailbox.path !== folder || String(mailbox.uidValidity) !== cursor.uidValidity) return null;
  let uids: number[];
  try {
    const found = await client.search({ uid: `${cursor.uidNext}:*` }, { uid: true });
    // "n:*" names the last message even when its UID is below n.
    uids = (Array.isArray(found) ? found : []).filter((uid) => uid >= cursor.uidNext);
  } catch {
    return null; // the folder went away or changed under us: open it afresh
  }
  if (uids.length === 0) return { cursor, fresh: false, messages: [] };
  const messages: ScannedMessage[] = [];
  for (const set of uidSets(uids)) {
    for await (const m of client.fetch(set, { ...FETCH_QUERY, headers: [...EXTRA_HEADERS] }, { uid: true })) messages.push({ uid: m.uid, message: safeMessage(m), encoding: bodyEncoding(m) });
  }
  const uidNext = Math.max(cursor.uidNext, ...uids.map((u) => u + 1));
  return { cursor: { ...cursor, uidNext }, fresh: false, messages };
}

function safeMessage(m: FetchMessageObject): MailMessage {
  try {
    return toMailMessage(m);
  } catch {
    return { messageId: '', date: new Date(0).toISOString(), from: null, to: [], cc: [], subject: '', inReplyTo: [], references: [], autoSubmitted: '', precedence: '', listId: '' };
  }
}

/** At most a few KB of text of messages that already matched (the folder must be open). */
export async function fetchMatchedText(client: ImapFlow, wanted: readonly Pick<ScannedMessage, 'uid' | 'encoding'>[]): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  if (wanted.length === 0) return texts;
  const encodings = new Map(wanted.map((w) => [w.uid, w.encoding]));
  const uids = [...encodings.keys()];
  // BODY.PEEK[TEXT]<0.N>: the body's first bytes only, never the headers again, never marked read.
  for (const set of uidSets(uids)) {
    for await (const m of client.fetch(set, { uid: true, bodyParts: [{ key: 'TEXT', maxLength: MATCHED_TEXT_BYTES }] }, { uid: true })) {
      const part = m.bodyParts ? [...m.bodyParts.values()][0] : undefined;
      if (part) texts.set(m.uid, await bodyText(part, encodings.get(m.uid) ?? { contentType: '', contentTransferEncoding: '' }));
    }
  }
  return texts;
}
