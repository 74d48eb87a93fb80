import { ApplicationSchema, type Application } from '../domain';
import type { ImportRow } from './csv-import';

export interface BuildOptions {
  /** Fresh ids from the store. */
  newId: () => string;
  /** The import instant (ISO). */
  now: string;
}

const EMAIL_LIKE = /^[^\s@<>"]+@[^\s@<>"]+$/;

/**
 * Turns read rows into applications. Dates from the file are kept: `createdAt` is the file's
 * created (or applied) date, and the stage is "reached" on the applied (else created) date.
 * A row without a readable date is created now — the moment it enters Hearback — but its stage
 * has no "reached" date: the file does not say when, and today would be a made-up answer.
 */
export function buildImportedApplications(rows: readonly ImportRow[], options: BuildOptions): Application[] {
  return rows.map((row, index) => {
    const createdAt = row.createdAt ?? row.appliedAt ?? options.now;
    const reachedAt = row.appliedAt ?? row.createdAt;
    const salary =
      row.salaryMin === null && row.salaryMax === null
        ? null
        : {
            min: row.salaryMin,
            max: row.salaryMax !== null && row.salaryMin !== null && row.salaryMax < row.salaryMin ? row.salaryMin : row.salaryMax,
            currency: row.salaryCurrency || 'USD',
            period: row.salaryPeriod ?? ('year' as const),
          };
    const contactEmailOk = EMAIL_LIKE.test(row.contactEmail) && row.contactEmail.length <= 254;
    return ApplicationSchema.parse({
      id: options.newId(),
      company: row.company,
      role: row.role,
      jobUrl: row.jobUrl,
      location: row.location.slice(0, 200),
      ...(row.workplace ? { workplace: row.workplace } : {}),
      salary,
      source: (row.source || 'CSV import').slice(0, 200),
      notes: row.notes.slice(0, 20_000),
      // The posting as the other tracker kept it: kept here too, like a captured one.
      posting: row.postingText ? { text: row.postingText, sourceUrl: row.jobUrl, fetchedAt: options.now, employmentType: '', postedOn: '', remote: null, sources: {} } : null,
      tags: row.tags.map((t) => t.slice(0, 40)),
      fitLine: '',
      contacts: row.contactName || contactEmailOk ? [{ id: options.newId(), name: (row.contactName || row.contactEmail).slice(0, 120), title: '', email: contactEmailOk ? row.contactEmail : '', phone: '', notes: '' }] : [],
      stageId: row.stageId,
      position: index + 1,
      stageReachedAt: reachedAt === null ? {} : { [row.stageId]: reachedAt },
      archived: false,
      createdAt,
      updatedAt: options.now,
      importFingerprint: row.fingerprint,
    });
  });
}
