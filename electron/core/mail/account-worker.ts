import type { ImapFlow } from 'imapflow';
import type { MailAccountStatus, MailProblem } from '../../../shared/contract';
import { mailPasswordKey, type MailAccount, type MailMessage } from '../../../shared/mail';
import { replyNotices, scanAccount } from './account-scan';
import type { ApplicationNames } from './application-names';
import { classifyImapError } from './imap-problem';
import { connectImap } from './imap-session';
import { DEFAULT_POLL_MS, FULL_LOOK_MS, RETRY_DELAYS_MS, storeErrorCode, type MailServiceDeps } from './mail-service-parts';
import type { MailRecords } from './mail-records';
import { markSeenInSent } from './sent-detection';

/**
 * One connected account's loop: connect, look (Sent, then the inbox), poll or back off.
 *
 * | state            | meaning                                                                      |
 * |------------------|------------------------------------------------------------------------------|
 * | `connecting`     | first connection of this run                                                 |
 * | `watching`       | connected; new mail arrives by IDLE (EXISTS) and a poll every `pollMs`       |
 * | `retrying`       | the last try failed (`problem` says why); tried again after a backoff        |
 * |                  | (a try that failed on a connection kept from before is first tried once     |
 * |                  | more on a fresh one: only that answer becomes the account's `problem`)       |
 * | `needs-password` | no password in the secret store (browser mode after a restart)               |
 *
 * A look asked for while one runs happens right after it, once.
 */
export class AccountWorker {
  client: ImapFlow | null = null;
  state: MailAccountStatus['state'] = 'connecting';
  problem: MailProblem | null = null;
  lastCheckedAt: string | null = null;
  retryAt: string | null = null;
  private failures = 0;
  private timer: unknown = null;
  running: Promise<void> | null = null;
  private again = false;
  /** The next look must open the folders afresh. */
  private thorough = true;
  /** This check uses a connection kept from an earlier one (which may have died unnoticed). */
  private reusedClient = false;
  /** When the folders were last opened afresh (epoch ms). */
  private lastFullLookMs = 0;
  /** The next look reads the inbox's look-back window again (an application was added). */
  reread = false;
  private stopped = false;

  constructor(
    readonly account: MailAccount,
    private readonly deps: MailServiceDeps,
    private readonly records: MailRecords,
    private readonly names: ApplicationNames,
  ) {}

  status(): Omit<MailAccountStatus, 'account'> {
    return { state: this.state, problem: this.problem, lastCheckedAt: this.lastCheckedAt, retryAt: this.retryAt };
  }

  /** Stops the loop and closes the connection, after the look running now. */
  async halt(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) await client.logout().catch(() => client.close());
  }

  /** One look at the account; a look asked for while one runs happens right after it. */
  check(thorough = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (thorough) this.thorough = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.checkOnce();
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      void this.check();
    }, ms);
  }

  private async checkOnce(): Promise<void> {
    const password = this.deps.secrets.get(mailPasswordKey(this.account.id));
    if (password === null) {
      this.state = 'needs-password';
      this.problem = { code: 'no-password', message: 'The password for this account is not kept (browser mode keeps it for one run only). Connect the account again.' };
      this.deps.onChanged();
      return;
    }
    try {
      try {
        if (!(await this.ensureClient(password))) return;
        await this.look();
      } catch (error) {
        // A connection kept from earlier may have died unnoticed (sleep, a restarting server): what
        // it said is not news about the account. One fresh connection decides.
        if (!this.reusedClient || this.stopped) throw error;
        this.client?.close();
        this.client = null;
        if (!(await this.ensureClient(password))) return;
        await this.look();
      }
    } catch (error) {
      this.failed(error);
    }
    this.deps.onChanged();
  }

  /** Connects when there is no usable connection; false when the account was disconnected meanwhile. */
  private async ensureClient(password: string): Promise<boolean> {
    this.reusedClient = this.client !== null && this.client.usable;
    if (this.reusedClient) return true;
    this.client?.close();
    const connect = this.deps.connect ?? connectImap;
    const client = await connect(this.account, password);
    if (this.stopped) {
      client.close();
      return false;
    }
    this.client = client;
    // IDLE: the server says EXISTS when mail arrives; look at once.
    client.on('exists', () => void this.check());
    return true;
  }

  private async look(): Promise<void> {
    const client = this.client;
    if (client === null) return;
    const nowMs = this.deps.now();
    const full = this.thorough || nowMs - this.lastFullLookMs >= FULL_LOOK_MS;
    this.thorough = false;
    await this.scan(client, !full);
    if (full) this.lastFullLookMs = nowMs;
    this.state = 'watching';
    this.problem = null;
    this.failures = 0;
    this.retryAt = null;
    this.lastCheckedAt = new Date(this.deps.now()).toISOString();
    this.schedule(this.deps.pollMs ?? DEFAULT_POLL_MS);
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    this.thorough = true;
    this.problem = classifyImapError(error, this.account);
    // Codes and our own sentence only: never the password, never message contents.
    this.deps.warn('mail check failed', { account: this.account.id, code: this.problem.code });
    const client = this.client;
    this.client = null;
    client?.close();
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!;
    this.failures++;
    this.state = 'retrying';
    this.retryAt = new Date(this.deps.now() + delay).toISOString();
    this.schedule(delay);
  }

  private async scan(client: ImapFlow, quick: boolean): Promise<void> {
    const { applications, interviews } = this.deps.records();
    const apps = [...applications];
    this.names.seed(apps);
    const reread = this.reread;
    this.reread = false;
    let changes;
    try {
      changes = await scanAccount({
        client,
        account: this.account,
        file: this.records.file,
        nowMs: this.deps.now(),
        quick,
        rereadInbox: reread,
        applications: apps,
        interviews: [...interviews],
        onSentMessage: (message, text) => this.seenInSent(message, text),
      });
    } catch (error) {
      this.reread ||= reread;
      throw error;
    }
    if (changes.storeError !== null) {
      // The store said no (a full disk…): the app's disk notice tells it; not the server's fault.
      // Sent's place did not move, so the next look records these messages.
      this.deps.warn('recording a follow-up found in Sent failed', { account: this.account.id, code: storeErrorCode(changes.storeError) });
    }
    // Disconnected meanwhile: what it found is not kept.
    if (this.stopped) return;
    const added = this.records.mergeLook(changes);
    if (added.length > 0) this.deps.onNewReplies?.(replyNotices(added, apps));
  }

  /** A sent message marks at most one follow-up, ever, whichever account it was seen in. */
  private async seenInSent(message: MailMessage, text: string): Promise<void> {
    const recording = this.deps.recording;
    if (!recording || this.records.sentMessageKnown(message.messageId)) return;
    // Throws what the store throws: the scan keeps Sent's place, so the next look tries again.
    const seen = await recording.run(() => markSeenInSent(recording.ctx, message, text));
    if (seen) this.records.keep({ ...this.records.file, sentSeen: [...this.records.file.sentSeen, seen] });
  }
}
