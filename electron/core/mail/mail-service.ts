import type { ImapFlow } from 'imapflow';
import type { MailAccountStatus, MailProblem, MailReply } from '../../../shared/contract';
import { mailPasswordKey, mailSecretPrefix, MailAccountInputSchema, presetNamed, type MailAccount, type MailAccountInput, type MailMatch, type MailMessage } from '../../../shared/mail';
import { classifyImapError, MailProblemError } from './imap-problem';
import { replyNotices, scanAccount } from './account-scan';
import { connectImap, testConnection } from './imap-session';
import { fileSentCopy, sendOverSmtp, type OutgoingMail } from './smtp-send';
import { ApplicationNames } from './application-names';
import { markSeenInSent } from './sent-detection';
import { DEFAULT_POLL_MS, FULL_LOOK_MS, RETRY_DELAYS_MS, type MailServiceDeps, type Runtime } from './mail-service-parts';
import { openMailFile, saveMailFile, type MailFile, type SentSeen, type StoredMailFile } from './mail-file';

/**
 * Watches every connected mailbox and turns replies into matches. One runtime per account:
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
 * Resume (`checkAll`) looks at every account at once. Matches are keyed by Message-ID, so a
 * message read twice (dropped connection, UIDVALIDITY change, two accounts) counts once.
 */
export class MailService {
  private file: MailFile;
  private readonly runtimes = new Map<string, Runtime>();
  /** A damaged `mail.json` found at start (kept aside), in the user's words; null when all was well. */
  readonly fileProblem: string | null;
  private readonly stored: StoredMailFile;
  private readonly applicationNames = new ApplicationNames();

  constructor(private readonly deps: MailServiceDeps) {
    this.stored = openMailFile(deps.dataDir, deps.localStateEngine);
    this.file = this.stored.value;
    this.fileProblem = this.stored.problem;
  }

  /**
   * Applications changed (their ids; null: any may have, as after an import). When one was added,
   * or what names it — company, contacts, job link — changed, every inbox's look-back window is
   * read again, so a reply that matched nothing before is matched now. Matches are keyed by
   * Message-ID: nothing is asked twice. Costs the changed applications only.
   */
  recordsChanged(applicationIds: readonly string[] | null): void {
    if (!this.applicationNames.changed(applicationIds, this.deps)) return;
    for (const rt of this.runtimes.values()) {
      rt.reread = true;
      // An account in trouble keeps its backoff: its next try reads the window again.
      if (rt.state === 'watching') void this.check(rt);
    }
  }

  /** Starts watching every stored account. */
  start(): void {
    for (const account of this.file.accounts) this.watch(account);
  }

  async stop(): Promise<void> {
    const closing = [...this.runtimes.values()].map((rt) => this.halt(rt));
    this.runtimes.clear();
    await Promise.all(closing);
  }

  /** Resolves when the looks running now have finished (tests wait on it, not on time). */
  async idle(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((rt) => rt.running?.catch(() => undefined)));
  }

    accounts(): MailAccountStatus[] {
    return this.file.accounts.map((account) => {
      const rt = this.runtimes.get(account.id);
      return { account, state: rt?.state ?? 'connecting', problem: rt?.problem ?? null, lastCheckedAt: rt?.lastCheckedAt ?? null, retryAt: rt?.retryAt ?? null };
    });
  }

  replies(): MailReply[] {
    const apps = new Map([...this.deps.records().applications].map((a) => [a.id, a]));
    return this.file.matches
      .filter((m) => m.status === 'open')
      .map((m) => ({
        ...m,
        // By name, then role: the same order wherever the reply is shown.
        companies: m.applicationIds
          .map((id) => ({ applicationId: id, company: apps.get(id)?.company ?? 'An application', role: apps.get(id)?.role ?? '' }))
          .sort((a, b) => a.company.localeCompare(b.company) || a.role.localeCompare(b.role)),
      }));
  }

  /** Follow-ups marked sent from Sent mail, found since `sinceMs` (Today offers Undo). */
  sentSeenSince(sinceMs: number): SentSeen[] {
    return this.file.sentSeen.filter((s) => Date.parse(s.seenAt) >= sinceMs);
  }

  /** Applications whose check-ins an open reply holds. */
  heldApplications(): Set<string> {
    const held = new Set<string>();
    for (const m of this.file.matches) if (m.status === 'open') for (const id of m.applicationIds) held.add(id);
    return held;
  }

  match(id: string): MailMatch | undefined {
    return this.file.matches.find((m) => m.id === id);
  }

  async test(input: MailAccountInput, password: string): Promise<{ ok: boolean; problem: MailProblem | null; folders: string[] }> {
    const account = MailAccountInputSchema.parse(input);
    try {
      return { ok: true, problem: null, folders: await testConnection(account, password) };
    } catch (error) {
      return { ok: false, problem: classifyImapError(error, account), folders: [] };
    }
  }

  /** Keeps the account once its settings work; the password goes to the secret store only. */
  async connect(input: MailAccountInput, password: string): Promise<MailAccount> {
    const parsed = MailAccountInputSchema.parse(input);
    const tried = await this.test(parsed, password);
    if (!tried.ok && tried.problem) throw new MailProblemError(tried.problem);
    const account: MailAccount = { ...parsed, id: this.deps.newId() };
    this.deps.secrets.set(mailPasswordKey(account.id), password);
    this.file = { ...this.file, accounts: [...this.file.accounts, account] };
    this.save();
    this.watch(account);
    return account;
  }

  /** Stops watching and forgets the password, the cursors and the account's open replies. */
  async disconnect(id: string): Promise<boolean> {
    if (!this.file.accounts.some((a) => a.id === id)) return false;
    const rt = this.runtimes.get(id);
    this.runtimes.delete(id);
    if (rt) await this.halt(rt);
    for (const key of this.deps.secrets.keys(mailSecretPrefix(id))) this.deps.secrets.delete(key);
    this.file = {
      ...this.file,
      accounts: this.file.accounts.filter((a) => a.id !== id),
      cursors: Object.fromEntries(Object.entries(this.file.cursors).filter(([key]) => !key.startsWith(`${id}\n`))),
      matches: this.file.matches.filter((m) => m.accountId !== id || m.status !== 'open'),
    };
    this.save();
    this.deps.onChanged();
    return true;
  }

  /**
   * Looks at every account now; resolves when all have been looked at. `thorough` (resume, "Check
   * mail now"): open every folder afresh; otherwise as a timer poll does.
   */
  async checkAll(options: { thorough: boolean } = { thorough: true }): Promise<number> {
    const all = [...this.runtimes.values()];
    await Promise.all(all.map((rt) => this.check(rt, options.thorough)));
    return all.length;
  }

  /**
   * Sends over the account's SMTP server and files the copy in Sent where the server does not;
   * the Message-ID is kept so replies match the application by thread. Once the server took the
   * message it counts as sent for `followUpId` until `sendRecorded` — whatever fails after (the
   * copy in Sent, writing mail.json) never makes a second send look needed.
   */
  async send(accountId: string, mail: OutgoingMail, applicationId: string, followUpId: string): Promise<{ messageId: string; savedToSent: boolean }> {
    const account = this.file.accounts.find((a) => a.id === accountId);
    if (!account) throw new MailProblemError({ code: 'server', message: 'That mail account is no longer connected.' });
    const password = this.deps.secrets.get(mailPasswordKey(account.id));
    if (password === null) throw new MailProblemError({ code: 'no-password', message: 'The password for this account is not kept. Connect the account again.' });
    const sent = await sendOverSmtp(account, password, mail);
    let savedToSent = false;
    this.sentNotRecorded.set(followUpId, { messageId: sent.messageId, savedToSent });
    this.file = { ...this.file, threads: { ...this.file.threads, [sent.messageId]: applicationId }, sentFromHearback: [...this.file.sentFromHearback, sent.messageId] };
    try {
      this.save();
    } catch (error) {
      this.deps.warn('saving mail settings after a send failed', { account: account.id, code: storeErrorCode(error) });
    }
    if (account.sentFolder !== null && !presetNamed(account.preset).savesSentCopy) {
      savedToSent = await fileSentCopy(account, account.sentFolder, password, sent.raw, { connect: this.deps.connect ?? connectImap, warn: this.deps.warn });
    }
    this.sentNotRecorded.set(followUpId, { messageId: sent.messageId, savedToSent });
    return { messageId: sent.messageId, savedToSent };
  }

  /** Mail the server took for this follow-up whose "sent" is not recorded yet (this run), or null. */
  sentButNotRecorded(followUpId: string): { messageId: string; savedToSent: boolean } | null {
    return this.sentNotRecorded.get(followUpId) ?? null;
  }

  sendRecorded(followUpId: string): void {
    this.sentNotRecorded.delete(followUpId);
  }

  private readonly sentNotRecorded = new Map<string, { messageId: string; savedToSent: boolean }>();

  /** Records the user's answer; the caller records heard back on the interview first. */
  answer(id: string, status: 'heard-back' | 'not-about-this', applicationId: string | null): MailMatch {
    const current = this.match(id);
    if (!current) throw new Error(`No reply with id ${id}.`);
    const next: MailMatch = { ...current, status, answeredApplicationId: applicationId };
    this.file = { ...this.file, matches: this.file.matches.map((m) => (m.id === id ? next : m)) };
    if (status === 'heard-back' && applicationId !== null && current.messageId !== '') this.file.threads[current.messageId] = applicationId;
    this.save();
    this.deps.onChanged();
    return next;
  }

  /** The file as last written (JSON), to skip writes that would change nothing. */
  private saved = '';

  private save(): void {
    saveMailFile(this.stored, this.file);
    this.saved = JSON.stringify(this.file);
  }

  private watch(account: MailAccount): void {
    const rt: Runtime = { account, client: null, state: 'connecting', problem: null, lastCheckedAt: null, retryAt: null, failures: 0, timer: null, running: null, again: false, thorough: true, reusedClient: false, lastFullLookMs: 0, reread: false, stopped: false };
    this.runtimes.set(account.id, rt);
    void this.check(rt);
  }

  private async halt(rt: Runtime): Promise<void> {
    rt.stopped = true;
    if (rt.timer !== null) this.deps.timers.clearTimeout(rt.timer);
    rt.timer = null;
    await rt.running?.catch(() => undefined);
    const client = rt.client;
    rt.client = null;
    if (client) await client.logout().catch(() => client.close());
  }

  /** One look at the account; a look asked for while one runs happens right after it. */
  check(rt: Runtime, thorough = false): Promise<void> {
    if (rt.stopped) return Promise.resolve();
    if (thorough) rt.thorough = true;
    if (rt.running) {
      rt.again = true;
      return rt.running;
    }
    rt.running = (async () => {
      do {
        rt.again = false;
        await this.checkOnce(rt);
      } while (rt.again && !rt.stopped);
    })().finally(() => {
      rt.running = null;
    });
    return rt.running;
  }

  private schedule(rt: Runtime, ms: number): void {
    if (rt.stopped) return;
    if (rt.timer !== null) this.deps.timers.clearTimeout(rt.timer);
    rt.timer = this.deps.timers.setTimeout(() => {
      rt.timer = null;
      void this.check(rt);
    }, ms);
  }

  private async checkOnce(rt: Runtime): Promise<void> {
    const password = this.deps.secrets.get(mailPasswordKey(rt.account.id));
    if (password === null) {
      rt.state = 'needs-password';
      rt.problem = { code: 'no-password', message: 'The password for this account is not kept (browser mode keeps it for one run only). Connect the account again.' };
      this.deps.onChanged();
      return;
    }
    try {
      try {
        if (!(await this.ensureClient(rt, password))) return;
        await this.look(rt);
      } catch (error) {
        // A connection kept from earlier may have died unnoticed (sleep, a restarting server): what
        // it said is not news about the account. One fresh connection decides.
        if (!rt.reusedClient || rt.stopped) throw error;
        rt.client?.close();
        rt.client = null;
        if (!(await this.ensureClient(rt, password))) return;
        await this.look(rt);
      }
    } catch (error) {
      this.failed(rt, error);
    }
    this.deps.onChanged();
  }

  /** Connects when there is no usable connection; false when the account was disconnected meanwhile. */
  private async ensureClient(rt: Runtime, password: string): Promise<boolean> {
    rt.reusedClient = rt.client !== null && rt.client.usable;
    if (rt.reusedClient) return true;
    rt.client?.close();
    const connect = this.deps.connect ?? connectImap;
    const client = await connect(rt.account, password);
    if (rt.stopped) {
      client.close();
      return false;
    }
    rt.client = client;
    // IDLE: the server says EXISTS when mail arrives; look at once.
    client.on('exists', () => void this.check(rt));
    return true;
  }

  private async look(rt: Runtime): Promise<void> {
    const client = rt.client;
    if (client === null) return;
    const nowMs = this.deps.now();
    const full = rt.thorough || nowMs - rt.lastFullLookMs >= FULL_LOOK_MS;
    rt.thorough = false;
    await this.scanAccount(rt, client, !full);
    if (full) rt.lastFullLookMs = nowMs;
    rt.state = 'watching';
    rt.problem = null;
    rt.failures = 0;
    rt.retryAt = null;
    rt.lastCheckedAt = new Date(this.deps.now()).toISOString();
    this.schedule(rt, this.deps.pollMs ?? DEFAULT_POLL_MS);
  }

  private failed(rt: Runtime, error: unknown): void {
    if (rt.stopped) return;
    rt.thorough = true;
    rt.problem = classifyImapError(error, rt.account);
    // Codes and our own sentence only: never the password, never message contents.
    this.deps.warn('mail check failed', { account: rt.account.id, code: rt.problem.code });
    const client = rt.client;
    rt.client = null;
    client?.close();
    const delay = RETRY_DELAYS_MS[Math.min(rt.failures, RETRY_DELAYS_MS.length - 1)]!;
    rt.failures++;
    rt.state = 'retrying';
    rt.retryAt = new Date(this.deps.now() + delay).toISOString();
    this.schedule(rt, delay);
  }

  private async scanAccount(rt: Runtime, client: ImapFlow, quick: boolean): Promise<void> {
    const { applications, interviews } = this.deps.records();
    const apps = [...applications];
    this.applicationNames.seed(apps);
    const reread = rt.reread;
    rt.reread = false;
    let changes;
    try {
      changes = await scanAccount({
        client,
        account: rt.account,
        file: this.file,
        nowMs: this.deps.now(),
        quick,
        rereadInbox: reread,
        applications: apps,
        interviews: [...interviews],
        onSentMessage: (message, text) => this.seenInSent(message, text),
      });
    } catch (error) {
      rt.reread ||= reread;
      throw error;
    }
    if (changes.storeError !== null) {
      // The store said no (a full disk…): the app's disk notice tells it; not the server's fault.
      // Sent's place did not move, so the next look records these messages.
      this.deps.warn('recording a follow-up found in Sent failed', { account: rt.account.id, code: storeErrorCode(changes.storeError) });
    }
    // Disconnected meanwhile: what it found is not kept.
    if (rt.stopped) return;
    // Merged into the file as it is now: another account may have looked meanwhile.
    const ids = new Set(this.file.matches.map((m) => m.id));
    const added = changes.matches.filter((m) => !ids.has(m.id));
    this.file = {
      ...this.file,
      cursors: { ...this.file.cursors, ...changes.cursors },
      threads: { ...this.file.threads, ...changes.threads },
      matches: [...this.file.matches, ...added],
    };
    // A look that found nothing new writes nothing (a quiet poll costs no disk write).
    if (JSON.stringify(this.file) !== this.saved) this.save();
    if (added.length > 0) this.deps.onNewReplies?.(replyNotices(added, apps));
  }

  /** A sent message marks at most one follow-up, ever, whichever account it was seen in. */
  private async seenInSent(message: MailMessage, text: string): Promise<void> {
    const recording = this.deps.recording;
    if (!recording) return;
    if (this.file.sentFromHearback.includes(message.messageId) || this.file.sentSeen.some((s) => s.messageId === message.messageId)) return;
    // Throws what the store throws: the scan keeps Sent's place, so the next look tries again.
    const seen = await recording.run(() => markSeenInSent(recording.ctx, message, text));
    if (seen) this.file = { ...this.file, sentSeen: [...this.file.sentSeen, seen] };
  }
}


const storeErrorCode = (error: unknown): string => (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'store');

export { DEFAULT_POLL_MS, FULL_LOOK_MS, RETRY_DELAYS_MS, type MailServiceDeps };
