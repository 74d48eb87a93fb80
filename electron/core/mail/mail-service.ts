import type { MailAccountStatus, MailProblem, MailReply } from '../../../shared/contract';
import { mailPasswordKey, mailSecretPrefix, MailAccountInputSchema, presetNamed, type MailAccount, type MailAccountInput, type MailMatch } from '../../../shared/mail';
import { AccountWorker } from './account-worker';
import { ApplicationNames } from './application-names';
import { classifyImapError, MailProblemError } from './imap-problem';
import { connectImap, testConnection } from './imap-session';
import type { SentSeen } from './mail-file';
import { MailRecords } from './mail-records';
import { DEFAULT_POLL_MS, FULL_LOOK_MS, RETRY_DELAYS_MS, storeErrorCode, type MailServiceDeps } from './mail-service-parts';
import { fileSentCopy, sendOverSmtp, type OutgoingMail } from './smtp-send';

/**
 * The registry of connected mailboxes: which accounts there are (kept in `mail.json`, through
 * MailRecords), one AccountWorker per account watching it (account-worker.ts), and what the
 * contract asks of mail as a whole — status, replies, sending. Resume (`checkAll`) looks at every
 * account at once. Matches are keyed by Message-ID, so a message read twice (dropped connection,
 * UIDVALIDITY change, two accounts) counts once.
 */
export class MailService {
  private readonly records: MailRecords;
  private readonly workers = new Map<string, AccountWorker>();
  /** A damaged `mail.json` found at start (kept aside), in the user's words; null when all was well. */
  readonly fileProblem: string | null;
  private readonly applicationNames = new ApplicationNames();
  private readonly sentNotRecorded = new Map<string, { messageId: string; savedToSent: boolean }>();

  constructor(private readonly deps: MailServiceDeps) {
    this.records = new MailRecords(deps.dataDir, deps.localStateEngine);
    this.fileProblem = this.records.problem;
  }

  /**
   * Applications changed (their ids; null: any may have, as after an import). When one was added,
   * or what names it — company, contacts, job link — changed, every inbox's look-back window is
   * read again, so a reply that matched nothing before is matched now. Matches are keyed by
   * Message-ID: nothing is asked twice. Costs the changed applications only.
   */
  recordsChanged(applicationIds: readonly string[] | null): void {
    if (!this.applicationNames.changed(applicationIds, this.deps)) return;
    for (const worker of this.workers.values()) {
      worker.reread = true;
      // An account in trouble keeps its backoff: its next try reads the window again.
      if (worker.state === 'watching') void worker.check();
    }
  }

  /** Starts watching every stored account. */
  start(): void {
    for (const account of this.records.file.accounts) this.watch(account);
  }

  async stop(): Promise<void> {
    const closing = [...this.workers.values()].map((worker) => worker.halt());
    this.workers.clear();
    await Promise.all(closing);
  }

  /** Resolves when the looks running now have finished (tests wait on it, not on time). */
  async idle(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.running?.catch(() => undefined)));
  }

  accounts(): MailAccountStatus[] {
    return this.records.file.accounts.map((account) => ({
      account,
      ...(this.workers.get(account.id)?.status() ?? { state: 'connecting' as const, problem: null, lastCheckedAt: null, retryAt: null }),
    }));
  }

  replies(): MailReply[] {
    return this.records.replies(this.deps.records().applications);
  }

  /** Follow-ups marked sent from Sent mail, found since `sinceMs` (Today offers Undo). */
  sentSeenSince(sinceMs: number): SentSeen[] {
    return this.records.sentSeenSince(sinceMs);
  }

  /** Applications whose check-ins an open reply holds. */
  heldApplications(): Set<string> {
    return this.records.heldApplications();
  }

  match(id: string): MailMatch | undefined {
    return this.records.match(id);
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
    this.records.addAccount(account);
    this.watch(account);
    return account;
  }

  /** Stops watching and forgets the password, the cursors and the account's open replies. */
  async disconnect(id: string): Promise<boolean> {
    if (!this.records.file.accounts.some((a) => a.id === id)) return false;
    const worker = this.workers.get(id);
    this.workers.delete(id);
    if (worker) await worker.halt();
    for (const key of this.deps.secrets.keys(mailSecretPrefix(id))) this.deps.secrets.delete(key);
    this.records.forgetAccount(id);
    this.deps.onChanged();
    return true;
  }

  /**
   * Looks at every account now; resolves when all have been looked at. `thorough` (resume, "Check
   * mail now"): open every folder afresh; otherwise as a timer poll does.
   */
  async checkAll(options: { thorough: boolean } = { thorough: true }): Promise<number> {
    const all = [...this.workers.values()];
    await Promise.all(all.map((worker) => worker.check(options.thorough)));
    return all.length;
  }

  /**
   * Sends over the account's SMTP server and files the copy in Sent where the server does not;
   * the Message-ID is kept so replies match the application by thread. Once the server took the
   * message it counts as sent for `followUpId` until `sendRecorded` — whatever fails after (the
   * copy in Sent, writing mail.json) never makes a second send look needed.
   */
  async send(accountId: string, mail: OutgoingMail, applicationId: string, followUpId: string): Promise<{ messageId: string; savedToSent: boolean }> {
    const account = this.records.file.accounts.find((a) => a.id === accountId);
    if (!account) throw new MailProblemError({ code: 'server', message: 'That mail account is no longer connected.' });
    const password = this.deps.secrets.get(mailPasswordKey(account.id));
    if (password === null) throw new MailProblemError({ code: 'no-password', message: 'The password for this account is not kept. Connect the account again.' });
    const sent = await sendOverSmtp(account, password, mail);
    let savedToSent = false;
    this.sentNotRecorded.set(followUpId, { messageId: sent.messageId, savedToSent });
    const file = this.records.file;
    try {
      this.records.save({ ...file, threads: { ...file.threads, [sent.messageId]: applicationId }, sentFromHearback: [...file.sentFromHearback, sent.messageId] });
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

  /** Records the user's answer; the caller records heard back on the interview first. */
  answer(id: string, status: 'heard-back' | 'not-about-this', applicationId: string | null): MailMatch {
    const next = this.records.answer(id, status, applicationId);
    this.deps.onChanged();
    return next;
  }

  private watch(account: MailAccount): void {
    const worker = new AccountWorker(account, this.deps, this.records, this.applicationNames);
    this.workers.set(account.id, worker);
    void worker.check();
  }
}

export { DEFAULT_POLL_MS, FULL_LOOK_MS, RETRY_DELAYS_MS, type MailServiceDeps };
