import type { ColumnMappingRequest } from '../../../shared/contract/methods/data';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from '../../../shared/import/csv-mapping';

export { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField };

export const FIELD_LABELS: Record<ImportField, string> = {
  company: 'Company',
  role: 'Role',
  stage: 'Stage',
  jobUrl: 'Job link',
  location: 'Location',
  workplace: 'Workplace',
  source: 'Source',
  notes: 'Notes',
  postingText: 'Posting text',
  tags: 'Tags',
  salaryMin: 'Salary (min)',
  salaryMax: 'Salary (max)',
  salaryCurrency: 'Currency',
  createdAt: 'Created',
  appliedAt: 'Applied',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
};

/** The mapping with one field pointed at `column` (or unmapped when null). */
export function withColumn(mapping: ColumnMappingRequest, field: ImportField, column: number | null): ColumnMappingRequest {
  const next: ColumnMappingRequest = { ...mapping };
  if (column === null) delete next[field];
  else next[field] = column;
  return next;
}
