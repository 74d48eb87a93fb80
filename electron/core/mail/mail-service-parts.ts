import type { ImapFlow } from 'imapflow';
import type { MailReplyNotice } from '../../../shared/contract';
import type { Application, Interview } from '../../../shared/domain';
import { MS_PER_MINUTE } from '../../../shared/followup';
import type { ServiceContext } from '../service/context';
import type { SecretStore } from '../secrets/secret-store';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import type { ImapTarget } from './imap-session';

/** What the mail service needs from the core, and its timing. */
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
   * Where a follow-up found in Sent is recorded (sent-detection.ts), as the calendar records its
   * interviews: the service context, and `run`, the core's call queue every write goes through —
   * so the Undo Today offers is this action's, and a call running meanwhile never sees half of it.
   * Without it (the watcher alone, in tests), Sent is read and nothing is recorded.
   */
  recording?: { ctx: ServiceContext; run: <T>(fn: () => T) => Promise<T> };
  /** Opens a connection (tests pass one through a fault-injecting proxy). */
  connect?: (target: ImapTarget, password: string) => Promise<ImapFlow>;
  pollMs?: number;
}

export const DEFAULT_POLL_MS = 3 * MS_PER_MINUTE;
/**
 * How often a poll opens the folders afresh (EXAMINE: sees a deleted folder or a new UIDVALIDITY)
 * instead of the cheap look at the still-selected inbox. "Check mail now" and resume always do.
 */
export const FULL_LOOK_MS = 15 * MS_PER_MINUTE;
/** Backoff after failures: 30 s, 1, 2, 5, then every 15 minutes. */
export const RETRY_DELAYS_MS = [MS_PER_MINUTE / 2, MS_PER_MINUTE, 2 * MS_PER_MINUTE, 5 * MS_PER_MINUTE, 15 * MS_PER_MINUTE] as const;

/** A store error's code for the log (never its message: it may name the user's files). */
export const storeErrorCode = (error: unknown): string => (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'store');
