import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup } from '../export/backup-schema';
import { describeImportIssues, formatIssuePath, type ImportIssue } from './issue-path';

/**
 * Backup import is all-or-nothing: a backup is either valid as a whole — every record passes its
 * schema and every reference points at a record in the same file — or nothing is imported and
 * the caller gets each problem named by record and field (`applications[12].company: is required`).
 */

export interface BackupSummary {
  stages: number;
  applications: number;
  archivedApplications: number;
  interviews: number;
  followUps: number;
  history: number;
  exportedAt: string;
}

export type BackupValidation = { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; message: string; issues: ImportIssue[] };

/** Stops collecting after this many problems: a wholly wrong file should not yield a million lines. */
export const MAX_REPORTED_ISSUES = 100;

function fail(issues: ImportIssue[]): BackupValidation {
  return { ok: false, message: describeImportIssues(issues), issues: issues.slice(0, MAX_REPORTED_ISSUES) };
}

function checkEnvelope(value: unknown): ImportIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: '(root)', message: 'is not a Hearback backup (expected a JSON object)' }];
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return [{ path: 'format', message: `must be "${BACKUP_FORMAT}" (this is not a Hearback backup)` }];
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return [{ path: 'version', message: `is ${version}: this backup was written by a newer Hearback; update the app to import it` }];
  }
  return [];
}

/** Ids must be unique per collection; references must resolve inside the backup. */
export function checkReferences(backup: Backup): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const ids = <T extends { id: string }>(name: string, records: readonly T[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.id)) issues.push({ path: `${name}[${i}].id`, message: `duplicates the id "${r.id}"` });
      seen.add(r.id);
    });
    return seen;
  };
  const stages = ids('stages', backup.stages);
  const apps = ids('applications', backup.applications);
  const interviews = ids('interviews', backup.interviews);
  ids('followUps', backup.followUps);

  backup.applications.forEach((a, i) => {
    if (!stages.has(a.stageId)) issues.push({ path: `applications[${i}].stageId`, message: `refers to a stage "${a.stageId}" that is not in the backup` });
  });
  const interviewApp = new Map(backup.interviews.map((iv) => [iv.id, iv.applicationId]));
  backup.interviews.forEach((iv, i) => {
    if (!apps.has(iv.applicationId)) {
      issues.push({ path: `interviews[${i}].applicationId`, message: `refers to an application "${iv.applicationId}" that is not in the backup` });
    }
  });
  backup.followUps.forEach((f, i) => {
    if (!apps.has(f.applicationId)) {
      issues.push({ path: `followUps[${i}].applicationId`, message: `refers to an application "${f.applicationId}" that is not in the backup` });
    }
    if (f.interviewId !== null) {
      if (!interviews.has(f.interviewId)) {
        issues.push({ path: `followUps[${i}].interviewId`, message: `refers to an interview "${f.interviewId}" that is not in the backup` });
      } else if (interviewApp.get(f.interviewId) !== f.applicationId) {
        issues.push({ path: `followUps[${i}].interviewId`, message: 'belongs to another application' });
      }
    }
  });
  let previous = 0;
  backup.history.forEach((e, i) => {
    if (e.seq <= previous) issues.push({ path: `history[${i}].seq`, message: `must be greater than the previous event's (${previous})` });
    previous = Math.max(previous, e.seq);
  });
  return issues;
}

export function summariseBackup(backup: Backup): BackupSummary {
  return {
    stages: backup.stages.length,
    applications: backup.applications.length,
    archivedApplications: backup.applications.filter((a) => a.archived).length,
    interviews: backup.interviews.length,
    followUps: backup.followUps.length,
    history: backup.history.length,
    exportedAt: backup.exportedAt,
  };
}

/** Validates an already-parsed value as a whole backup. */
export function validateBackupValue(value: unknown): BackupValidation {
  const envelope = checkEnvelope(value);
  if (envelope.length) return fail(envelope);
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })));
  }
  const references = checkReferences(parsed.data);
  if (references.length) return fail(references);
  return { ok: true, backup: parsed.data, summary: summariseBackup(parsed.data) };
}

/** Parses and validates a backup file's text. */
export function validateBackupJson(json: string): BackupValidation {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return fail([{ path: '(root)', message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
  }
  return validateBackupValue(value);
}
