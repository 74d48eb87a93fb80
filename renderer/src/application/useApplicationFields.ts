import { useEffect, useState } from 'react';
import type { ApplicationFields } from '../../../shared/contract';
import { workplaceOf, type Application, type SalaryRange, type Workplace } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { fieldIssuesOf, type FieldIssues } from '../ui/field-issues';

export interface FieldsState {
  company: string;
  role: string;
  jobUrl: string;
  location: string;
  /** '' = not stated. */
  workplace: '' | Workplace;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: SalaryRange['period'];
  source: string;
  tags: string;
  fitLine: string;
  notes: string;
}

function stateOf(a: Application): FieldsState {
  return {
    company: a.company,
    role: a.role,
    jobUrl: a.jobUrl,
    location: a.location,
    workplace: workplaceOf(a) ?? '',
    salaryMin: a.salary?.min?.toString() ?? '',
    salaryMax: a.salary?.max?.toString() ?? '',
    currency: a.salary?.currency ?? '',
    period: a.salary?.period ?? 'year',
    source: a.source,
    tags: a.tags.join(', '),
    fitLine: a.fitLine,
    notes: a.notes,
  };
}

const amount = (s: string): number | null | 'bad' => {
  const t = s.replace(/[\s,_]/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : 'bad';
};

/** The patch to send, or the problems the browser already sees. */
function toPatch(s: FieldsState): { patch: Partial<ApplicationFields> } | { issues: FieldIssues } {
  const issues: FieldIssues = {};
  const min = amount(s.salaryMin);
  const max = amount(s.salaryMax);
  if (min === 'bad') issues['salary.min'] = 'must be a number like 85000';
  if (max === 'bad') issues['salary.max'] = 'must be a number like 95000';
  if (Object.keys(issues).length > 0 || min === 'bad' || max === 'bad') return { issues };
  const currency = s.currency.trim().toUpperCase();
  const salary = min === null && max === null && currency === '' ? null : { min, max, currency, period: s.period };
  const tags = [
    ...new Set(
      s.tags
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
  const patch: Partial<ApplicationFields> = {
    company: s.company,
    role: s.role,
    jobUrl: s.jobUrl.trim(),
    location: s.location,
    workplace: s.workplace === '' ? null : s.workplace,
    salary,
    source: s.source,
    tags,
    fitLine: s.fitLine,
    notes: s.notes,
  };
  return { patch };
}

/** The editable fields of an application: local state, dirty tracking, save with per-field errors. */
export function useApplicationFields(application: Application) {
  const toasts = useToasts();
  const [initial, setInitial] = useState(() => stateOf(application));
  const [state, setState] = useState(initial);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [saving, setSaving] = useState(false);
  const dirty = (Object.keys(state) as (keyof FieldsState)[]).some((k) => state[k] !== initial[k]);

  // Someone else changed the application (undo, another window): follow, unless the user is editing.
  useEffect(() => {
    if (dirty) return;
    const next = stateOf(application);
    setInitial(next);
    setState(next);
  }, [application.updatedAt]); // only when the stored record changes

  const set = (key: keyof FieldsState, value: string) => setState((s) => ({ ...s, [key]: value }));

  const save = async () => {
    const result = toPatch(state);
    if ('issues' in result) return setIssues(result.issues);
    setSaving(true);
    try {
      await call('applications.update', { id: application.id, patch: result.patch });
      setIssues({});
      setInitial(state);
      toasts.show({ tone: 'success', message: 'Saved.' });
    } catch (error) {
      const fieldIssues = fieldIssuesOf(error);
      if (fieldIssues) setIssues(fieldIssues);
      else toasts.show({ tone: 'error', message: `Not saved: ${userMessage(error)}` });
    } finally {
      setSaving(false);
    }
  };

  const reset = () => {
    setState(initial);
    setIssues({});
  };

  return { state, set, issues, saving, dirty, save, reset };
}
