import { z } from 'zod';
import { MailAccountSchema, MailMatchSchema, type MailAccount, type MailMatch } from '../../../shared/mail';
import { LocalStateFile } from '../data-folder/local-state';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';

/**
 * What Hearback keeps about the user's mail, beside the data (`mail.json`, 0600): the accounts
 * (never their passwords — those are in the secret store), where each folder was read up to, the
 * matches (message-id, date, sender, subject and the answer — nothing else of a message), and
 * the Message-IDs that tie a thread to an application.
 */
export const MAIL_FILE = 'mail.json';

/** Where one folder was read up to: UIDVALIDITY, UIDNEXT and (CONDSTORE) HIGHESTMODSEQ. */
export const FolderCursorSchema = z.object({ uidValidity: z.string().max(40), uidNext: z.number().int().min(0), highestModseq: z.string().max(40).nullable() }).strict();
export type FolderCursor = z.infer<typeof FolderCursorSchema>;

export const SentSeenSchema = z
  .object({
    messageId: z.string().max(998),
    followUpId: z.string().max(200),
    applicationId: z.string().max(200),
    title: z.string().max(400),
    /** When the message was sent (the follow-up's sent time). */
    at: z.string().max(40),
    /** When Hearback found it. */
    seenAt: z.string().max(40),
    /** The undoable action that marked it. */
    actionId: z.string().max(200),
  })
  .strict();
export type SentSeen = z.infer<typeof SentSeenSchema>;

/** Sent messages remembered (so none marks two follow-ups); the oldest are forgotten first. */
export const MAX_KEPT_SENT = 1000;

const MailFileSchema = z
  .object({
    version: z.literal(1),
    accounts: z.array(MailAccountSchema).max(50),
    /** `${accountId}\n${folder}` → cursor. */
    cursors: z.record(z.string(), FolderCursorSchema),
    matches: z.array(MailMatchSchema),
    /** Normalised Message-ID → application id: messages about an application the user sent or Hearback saw. */
    threads: z.record(z.string(), z.string()),
    /** Follow-ups marked sent because their message was found in Sent (newest last); also the Message-IDs used. */
    sentSeen: z.array(SentSeenSchema).default([]),
    /** Message-IDs of mail sent from Hearback (already marked sent: never a second follow-up). */
    sentFromHearback: z.array(z.string().max(998)).default([]),
  })
  .strict();
export type MailFile = z.infer<typeof MailFileSchema>;

/** Bounds so the file stays small whatever the mailbox holds (oldest dropped first). */
export const MAX_KEPT_MATCHES = 2000;
export const MAX_KEPT_THREADS = 5000;

export const emptyMailFile = (): MailFile => ({ version: 1, accounts: [], cursors: {}, matches: [], threads: {}, sentSeen: [], sentFromHearback: [] });

export const cursorKey = (accountId: string, folder: string): string => `${accountId}\n${folder}`;

export type StoredMailFile = LocalStateFile<typeof MailFileSchema>;

/**
 * `mail.json` is this computer's state (local-state.ts: conf with this schema, written durably). A
 * missing file reads as empty; a damaged one is kept aside with a notice (`problem`) and reads as
 * empty (accounts are connected again) — it is never overwritten silently.
 */
export function openMailFile(dataDir: string, engine?: DurableLocalStateEngine): StoredMailFile {
  return new LocalStateFile({ dir: dataDir, name: MAIL_FILE.replace(/\.json$/, ''), schema: MailFileSchema, empty: emptyMailFile, ...(engine ? { engine } : {}) });
}

/**
 * Writes the file. Bounded: open replies are all kept (they hold check-ins until answered);
 * answered ones, the oldest first, beyond `MAX_KEPT_MATCHES`, are forgotten.
 */
export function saveMailFile(stored: StoredMailFile, file: MailFile): void {
  const answered = file.matches.filter((m) => m.status !== 'open');
  const dropped = new Set(answered.slice(0, Math.max(0, answered.length - MAX_KEPT_MATCHES)));
  const matches = file.matches.filter((m) => !dropped.has(m));
  const threadEntries = Object.entries(file.threads);
  const threads = threadEntries.length > MAX_KEPT_THREADS ? Object.fromEntries(threadEntries.slice(-MAX_KEPT_THREADS)) : file.threads;
  stored.save({ ...file, matches, threads, sentSeen: file.sentSeen.slice(-MAX_KEPT_SENT), sentFromHearback: file.sentFromHearback.slice(-MAX_KEPT_SENT) });
}

export type { MailAccount, MailMatch };
