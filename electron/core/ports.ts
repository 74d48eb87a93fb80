/**
 * What the core needs from its host and what it gives back: the ports the Electron app and browser
 * mode pass to `openCore`, and the `Core` they get. Types only (and the system clock).
 */
import type { Envelope, EventName, EventPayload, Notice } from '../../shared/contract';
import type { MailReplyNotice, Reminder, WorkSearchWeekNotice } from '../../shared/contract/events';
import type { CaptureOptions } from './capture/capture-posting';
import type { CalendarPorts } from './calendar/calendar-service';
import type { MailServiceDeps } from './mail/mail-service';
import type { SchedulerHint } from './scheduler/ports';
import type { SecretStore } from './secrets/secret-store';
import type { ExportTarget } from './service/export-target';
import type { DurableLocalStateEngine } from './data-folder/local-state-engine';
import type { HearbackStore } from './store/hearback-store';
import type { StoreFs } from './store/store-fs';
import type { CoreSyncEngine } from './sync/engine/sync-engine';
import type { SyncConnection, SyncEngine } from './sync/sync-port';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Notifier {
  show(reminders: Reminder[], digest: boolean): void;
  /** Closes a reminder's notification (another computer showed it). */
  close?(followUpId: string, occurrence: string): void;
  /** New replies from companies (mail): "<Company> replied: '<subject>'" with Heard back / Not about this. */
  showReplies?(replies: MailReplyNotice[]): void;
  /** The weekly work-search reminder: "Your work-search log for last week has 6 activities"; a click opens that week. */
  showWorkSearchWeek?(notice: WorkSearchWeekNotice): void;
  /** Closes the weekly reminder's notification for the week starting `weekStart` (another computer showed it). */
  closeWorkSearchWeek?(weekStart: string): void;
}

/** A notification button on a reply. */
export type ReplyAnswer = 'heard-back' | 'not-about-this';

/** A reminder notification's buttons (plus its body click, `draft`): what the core does for each. */
export type NotificationAction = 'draft' | 'markSent' | 'snooze' | 'heardBack' | 'skip';

export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export interface CorePorts {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  clock: Clock;
  notifier: Notifier;
  log: Logger;
  /** The system's zone (defaults to the host's). */
  systemTimeZone?: () => string;
  /** Changes between snapshot writes (tests lower it). */
  compactEvery?: number;
  /**
   * The engine that keeps this computer's own state files (`mail.json`, `calendar.json`): the
   * desktop host passes a durable electron-store; browser mode and tests leave conf (both made
   * with `durableEngine`, so every write is the store's durable one).
   */
  localStateEngine?: DurableLocalStateEngine;
  /** The store's file layer (tests inject faults through it; defaults to node:fs). */
  storeFs?: StoreFs;
  /** Where exports go (a save dialog in Electron, a download in browser mode). */
  exportTarget?: ExportTarget;
  /** Prints report HTML to PDF (Electron's printToPDF). */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** What the host found before opening the store and wants the user to see (e.g. data in an old place). */
  hostNotices?: readonly Omit<Notice, 'id'>[];
  /** The user confirmed taking over a data-folder lock held by another computer. */
  takeOverLock?: boolean;
  /** Where passwords and private links are kept (default: memory, for this run only). */
  secrets?: SecretStore;
  /** How postings are fetched (hosts allowed, limits, board APIs); defaults: public hosts, the limits in capture/fetch-page.ts. */
  capture?: CaptureOptions;
  /** Calendar polling: how feeds are fetched and how often (tests shorten or replace them). */
  calendar?: Pick<CalendarPorts, 'fetch' | 'pollMs' | 'resolve'>;
  /** Mail watching options (tests: a fault-injecting connection, a short poll). */
  mail?: Pick<MailServiceDeps, 'connect' | 'pollMs'>;
  /** A replication engine to use instead of the core's own (tests of sync's setup and status). */
  syncEngine?: SyncEngine;
  /**
   * Sync: this computer's id and name, and a connection to start with (tests and browser mode;
   * the desktop app starts it from Settings → Sync). Without it the engine exists but is off.
   */
  sync?: SyncPorts;
}

export interface SyncPorts {
  deviceId: string;
  deviceName: string;
  connection?: SyncConnection;
  /** Offline, whether this computer shows reminders (default: yes — the first computer). */
  reminderComputer?: boolean;
  /** Retry backoff ceiling (tests shorten it). */
  maxBackoffMs?: number;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  dispatch(method: unknown, payload: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  hint(reason: SchedulerHint): void;
  dueCount(): number;
  /**
   * Resolves when the calls made so far and the reminder checks they (or a hint) started have
   * finished: what a test waits for instead of sleeping.
   */
  settled(): Promise<void>;
  act(followUpId: string, action: NotificationAction): Promise<void>;
  /** A reply notification's button. */
  answerReply(replyId: string, answer: ReplyAnswer): Promise<void>;
  close(): Promise<void>;
  readonly store: HearbackStore;
  /** The replication engine (off until started). */
  readonly sync: CoreSyncEngine;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
