import type { MailReply } from '../../../shared/contract';
import type { Application } from '../../../shared/domain';
import type { MailAccount, MailMatch } from '../../../shared/mail';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import { openMailFile, saveMailFile, type MailFile, type SentSeen, type StoredMailFile } from './mail-file';

/**
 * What `mail.json` holds while the app runs — accounts, folder cursors, matches, threads, what was
 * seen in Sent — and the one way it is written. Every change makes a new value (a look running
 * meanwhile merges into the file as it is then, never into a copy it took), and a change that
 * alters nothing writes nothing (a quiet poll costs no disk write).
 */
export class MailRecords {
  private stored: StoredMailFile;
  private current: MailFile;
  /** The file as last written (JSON). */
  private saved = '';
  /** A damaged `mail.json` found at start (kept aside), in the user's words; null when all was well. */
  readonly problem: string | null;

  constructor(dataDir: string, engine?: DurableLocalStateEngine) {
    this.stored = openMailFile(dataDir, engine);
    this.current = this.stored.value;
    this.problem = this.stored.problem;
  }

  get file(): MailFile {
    return this.current;
  }

  /** Replaces the file and writes it. Throws what the disk throws. */
  save(next: MailFile): void {
    this.current = next;
    saveMailFile(this.stored, next);
    this.saved = JSON.stringify(next);
  }

  /** Replaces the file, writing it only when it differs from what was last written. */
  saveIfChanged(next: MailFile): void {
    this.current = next;
    if (JSON.stringify(next) !== this.saved) this.save(next);
  }

  /** Changes kept in memory only (written with the next save): an account's Sent messages seen. */
  keep(next: MailFile): void {
    this.current = next;
  }

  addAccount(account: MailAccount): void {
    this.save({ ...this.current, accounts: [...this.current.accounts, account] });
  }

  /** Forgets the account, its cursors and its open replies (answered ones stay: they are history). */
  forgetAccount(id: string): void {
    const file = this.current;
    this.save({
      ...file,
      accounts: file.accounts.filter((a) => a.id !== id),
      cursors: Object.fromEntries(Object.entries(file.cursors).filter(([key]) => !key.startsWith(`${id}\n`))),
      matches: file.matches.filter((m) => m.accountId !== id || m.status !== 'open'),
    });
  }

  /** A look's findings, merged into the file as it is now (another account may have looked meanwhile); returns the new matches. */
  mergeLook(changes: { cursors: MailFile['cursors']; threads: MailFile['threads']; matches: readonly MailMatch[] }): MailMatch[] {
    const file = this.current;
    const ids = new Set(file.matches.map((m) => m.id));
    const added = changes.matches.filter((m) => !ids.has(m.id));
    this.saveIfChanged({ ...file, cursors: { ...file.cursors, ...changes.cursors }, threads: { ...file.threads, ...changes.threads }, matches: [...file.matches, ...added] });
    return added;
  }

  match(id: string): MailMatch | undefined {
    return this.current.matches.find((m) => m.id === id);
  }

  /** The user's answer to a reply; a heard-back reply's thread then belongs to that application. */
  answer(id: string, status: 'heard-back' | 'not-about-this', applicationId: string | null): MailMatch {
    const current = this.match(id);
    if (!current) throw new Error(`No reply with id ${id}.`);
    const next: MailMatch = { ...current, status, answeredApplicationId: applicationId };
    const threads = status === 'heard-back' && applicationId !== null && current.messageId !== '' ? { ...this.current.threads, [current.messageId]: applicationId } : this.current.threads;
    this.save({ ...this.current, matches: this.current.matches.map((m) => (m.id === id ? next : m)), threads });
    return next;
  }

  /** Open replies, each with its applications' names, by name then role (the same order wherever shown). */
  replies(applications: Iterable<Application>): MailReply[] {
    const apps = new Map([...applications].map((a) => [a.id, a]));
    return this.current.matches
      .filter((m) => m.status === 'open')
      .map((m) => ({
        ...m,
        companies: m.applicationIds.map((id) => ({ applicationId: id, company: apps.get(id)?.company ?? 'An application', role: apps.get(id)?.role ?? '' })).sort((a, b) => a.company.localeCompare(b.company) || a.role.localeCompare(b.role)),
      }));
  }

  /** Applications whose check-ins an open reply holds. */
  heldApplications(): Set<string> {
    const held = new Set<string>();
    for (const m of this.current.matches) if (m.status === 'open') for (const id of m.applicationIds) held.add(id);
    return held;
  }

  sentSeenSince(sinceMs: number): SentSeen[] {
    return this.current.sentSeen.filter((s) => Date.parse(s.seenAt) >= sinceMs);
  }

  /** Whether a Sent message already fulfilled a follow-up, or was sent from Hearback itself (then it is recorded already). */
  sentMessageKnown(messageId: string): boolean {
    return this.current.sentFromHearback.includes(messageId) || this.current.sentSeen.some((s) => s.messageId === messageId);
  }
}
