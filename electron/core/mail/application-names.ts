import type { Application } from '../../../shared/domain';

/** What names an application for matching: its company, contacts and job link. */
const signatureOf = (a: Application): string => [a.company, a.jobUrl, ...a.contacts.map((c) => c.email.toLowerCase())].join('\n');

/**
 * Remembers what named each application at the last look, so a change that adds an application
 * (or a contact, a job link, a new company name) is noticed — and a change that does not (a board
 * move, a note) costs a lookup of the changed applications only.
 */
export class ApplicationNames {
  private known: Map<string, string> | null = null;

  /** At the first look: what names every application now. */
  seed(applications: readonly Application[]): void {
    this.known ??= new Map(applications.map((a) => [a.id, signatureOf(a)]));
  }

  /** Whether what names one of these applications (null: any) changed since it was last seen. */
  changed(applicationIds: readonly string[] | null, records: { records: () => { applications: Iterable<Application> }; readApplication?: (id: string) => Application | undefined }): boolean {
    const known = this.known;
    if (known === null || (applicationIds !== null && applicationIds.length === 0)) return false;
    const all = applicationIds === null ? new Map([...records.records().applications].map((a) => [a.id, a])) : null;
    const read = (id: string): Application | undefined => (all ? all.get(id) : (records.readApplication?.(id) ?? [...records.records().applications].find((a) => a.id === id)));
    let named = false;
    for (const id of applicationIds ?? [...all!.keys()]) {
      const app = read(id);
      if (!app || app.archived) continue;
      const signature = signatureOf(app);
      if (known.get(id) !== signature) named = true;
      known.set(id, signature);
    }
    return named;
  }
}
