import { z } from 'zod';

/**
 * The part of a message Hearback reads: the envelope and the listed headers — nothing else,
 * unless the message already matched (then a few KB of text, for the proposed outcome).
 */
export const MAIL_HEADERS_READ = ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Auto-Submitted', 'Precedence', 'List-Id'] as const;

/**
 * At most this much of a matching message's body is fetched (enough to pass an HTML-only
 * body's style block and reach its words).
 */
export const MATCHED_TEXT_BYTES = 16_384;

export interface MailAddress {
  /** Lower-cased `local@domain`. */
  address: string;
  name: string;
}

export interface MailMessage {
  /** Without angle brackets; '' when the message has none. */
  messageId: string;
  /** ISO instant (the Date header, or the server's arrival time when missing or malformed). */
  date: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  inReplyTo: string[];
  references: string[];
  autoSubmitted: string;
  precedence: string;
  listId: string;
  /**
   * The body's first KB as plain words (body-text.ts), when it was read: for a hiring system's
   * message whose headers name no company (matching.ts), never stored.
   */
  bodyStart?: string;
}

/** What one matched message leaves behind: nothing more than the brief allows. */
export const MailMatchSchema = z
  .object({
    id: z.string().min(1).max(200),
    accountId: z.string().min(1).max(200),
    messageId: z.string().max(998),
    date: z.string().max(40),
    sender: z.string().max(400),
    subject: z.string().max(400),
    applicationIds: z.array(z.string().min(1).max(200)).min(1).max(20),
    via: z.enum(['thread', 'contact', 'domain', 'hiring-system']),
    outcome: z.enum(['rejection', 'next-round', 'offer', 'on-hold']).nullable(),
    /** open: asks the user; heard-back / not-about-this: answered. */
    status: z.enum(['open', 'heard-back', 'not-about-this']),
    answeredApplicationId: z.string().max(200).nullable(),
  })
  .strict();
export type MailMatch = z.infer<typeof MailMatchSchema>;

/** Strip angle brackets and space from a Message-ID-like token. */
export function normalizeMessageId(raw: string): string {
  return raw.trim().replace(/^<|>$/g, '').trim().toLowerCase();
}

/** Every Message-ID in a References / In-Reply-To header value. */
export function messageIdsIn(raw: string): string[] {
  const ids = raw.match(/<[^<>\s]+>/g);
  if (ids) return ids.map(normalizeMessageId);
  return raw
    .split(/\s+/)
    .filter((t) => t.includes('@'))
    .map(normalizeMessageId);
}
