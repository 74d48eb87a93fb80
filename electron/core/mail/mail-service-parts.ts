import type { ImapFlow } from 'imapflow';
import type { MailAccountStatus, MailProblem, MailReplyNotice } from '../../../shared/contract';
import type { Application, Interview } from '../../../shared/domain';
import type { MailAccount, MailMessage } from '../../../shared/mail';
import type { SecretStore } from '../secrets/secret-store';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import type { ImapTarget } from './imap-session';
import type { SentSeen } from './mail-file';

/** What the mail service needs from the core, its timing, and what it keeps per account. */
export interface MailServiceDeps {
  dataDir: string;
  /** The engine that keeps `mail.json` (electron-store in the desktop app; default conf). */
  localStateEngine?: DurableLocalStateEngine;
  now: () => number;
  newId: () => string;
  secrets: SecretStore;
  timers: { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
  records: () => { applications: Iterable<Application>; interviews: Iterable<Interview> };
  /** One application by id (the store's lookup), so a change costs its own size. */
  readApplication?: (id: string) => Application | undefined;
  /** Accounts' status or the replies changed (the core tells the renderer and re-judges urgency). */
  onChanged: () => void;
  warn: (message: string, meta?: Record<string, unknown>) => void;
  /** Replies found by a check (the core notifies). */
  onNewReplies?: (replies: MailReplyNotice[]) => void;
  /**
   * A message found in Sent and its own words: marks the follow-up it is sent (sent-detection.ts),
   * or null — through the core's call queue. Throws what the store throws.
   */
  onSentMessage?: (message: MailMessage, text: string) => Promise<SentSeen | null>;
  /** Opens a connection (tests pass one through a fault-injecting proxy). */
  connect?: (target: ImapTarget, password: string) => Promise<ImapFlow>;
  pollMs?: number;
}

export const DEFAULT_POLL_MS = 3 * 60_000;
/**
 * How often a poll opens the folders afresh (EXAMINE: sees a deleted folder or a new UIDVALIDITY)
 * instead of the cheap look at the still-selected inbox. "Check mail now" and resume always do.
 */
export const FULL_LOOK_MS = 15 * 60_000;
/** Backoff after failures: 30 s, 1, 2, 5, then every 15 minutes. */
export const RETRY_DELAYS_MS = [30_000, 60_000, 120_000, 300_000, 900_000] as const;

export interface Runtime {
  account: MailAccount;
  client: ImapFlow | null;
  state: MailAccountStatus['state'];
  problem: MailProblem | null;
  lastCheckedAt: string | null;
  retryAt: string | null;
  failures: number;
  timer: unknown;
  running: Promise<void> | null;
  again: boolean;
  /** The next look must open the folders afresh. */
  thorough: boolean;
  /** This check uses a connection kept from an earlier one (which may have died unnoticed). */
  reusedClient: boolean;
  /** When the folders were last opened afresh (epoch ms). */
  lastFullLookMs: number;
  /** The next look reads the inbox's look-back window again (an application was added). */
  reread: boolean;
  stopped: boolean;
}

