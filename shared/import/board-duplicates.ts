import { canonicalLink, sameName } from '../capture/duplicates';
import { sameCompanyKey } from '../company/same-company';
import type { Application } from '../domain';

/**
 * Which rows of an import are already on the board — the same rules as a captured posting
 * (shared/capture/duplicates.ts), plus the file's own fingerprint:
 *
 * | the row and an application on the board (archived included unless said)  | duplicate, because |
 * |---------------------------------------------------------------------------|--------------------|
 * | the application was imported from a row with the same fingerprint          | `imported-before`  |
 * | same job link after canonicalising                                        | `same-link`        |
 * | same company (same-company.ts) and role (case, spaces, punctuation ignored); application active | `same-role` |
 * | same company and role, application archived                               | no (a new try)     |
 *
 * Duplicates are listed in the preview and skipped unless the user includes them.
 */

export type DuplicateReason = 'imported-before' | 'same-link' | 'same-role';

export interface BoardDuplicate {
  reason: DuplicateReason;
  /** The application already on the board. */
  applicationId: string;
  company: string;
  role: string;
}

export type BoardApplication = Pick<Application, 'id' | 'company' | 'role' | 'jobUrl' | 'archived' | 'importFingerprint'>;

export interface BoardIndex {
  find(row: { fingerprint: string; jobUrl: string; company: string; role: string }): BoardDuplicate | null;
}

/** Indexes the board once, so each row is looked up in constant time. */
export function indexBoard(applications: Iterable<BoardApplication>): BoardIndex {
  const byFingerprint = new Map<string, BoardApplication>();
  const byLink = new Map<string, BoardApplication>();
  const byRole = new Map<string, BoardApplication>();
  const roleKey = (company: string, role: string) => {
    const [c, r] = [sameCompanyKey(company), sameName(role)];
    return c === '' || r === '' ? '' : `${c}\u001f${r}`;
  };
  for (const app of applications) {
    if (app.importFingerprint && !byFingerprint.has(app.importFingerprint)) byFingerprint.set(app.importFingerprint, app);
    const link = canonicalLink(app.jobUrl);
    if (link !== '' && !byLink.has(link)) byLink.set(link, app);
    const key = roleKey(app.company, app.role);
    if (key !== '' && !app.archived && !byRole.has(key)) byRole.set(key, app);
  }
  const found = (reason: DuplicateReason, app: BoardApplication | undefined): BoardDuplicate | null => (app ? { reason, applicationId: app.id, company: app.company, role: app.role } : null);
  return {
    find(row) {
      const link = row.jobUrl ? canonicalLink(row.jobUrl) : '';
      const key = roleKey(row.company, row.role);
      return found('imported-before', byFingerprint.get(row.fingerprint)) ?? (link !== '' ? found('same-link', byLink.get(link)) : null) ?? (key !== '' ? found('same-role', byRole.get(key)) : null);
    },
  };
}
