import type { CapturePreview, CreateApplicationRequest } from '../../../shared/contract';
import type { Posting, PostingField, PostingSource, SalaryRange, Workplace } from '../../../shared/domain';

/** The preview as the user edits it: every field as text, with where its value came from. */
export interface CaptureDraft {
  company: string;
  role: string;
  location: string;
  /** '' = not stated. */
  workplace: '' | Workplace;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: SalaryRange['period'];
  employmentType: string;
  postedOn: string;
  jobUrl: string;
  text: string;
  stageId: string;
  /** Where each field's current value came from; a field the user changed becomes `you`. */
  sources: Partial<Record<PostingField, { source: PostingSource; certain: boolean }>>;
}

export function emptyDraft(stageId: string): CaptureDraft {
  return { company: '', role: '', location: '', workplace: '', salaryMin: '', salaryMax: '', currency: '', period: 'year', employmentType: '', postedOn: '', jobUrl: '', text: '', stageId, sources: {} };
}

export function draftFromPreview(preview: CapturePreview, stageId: string): CaptureDraft {
  const f = preview.fields;
  const sources: CaptureDraft['sources'] = {};
  for (const [field, value] of Object.entries(f) as [PostingField, { source: PostingSource; certain: boolean } | undefined][]) {
    if (value) sources[field] = { source: value.source, certain: value.certain };
  }
  const salary = f.salary?.value;
  return {
    company: f.company?.value ?? '',
    role: f.role?.value ?? '',
    location: f.location?.value ?? '',
    workplace: f.workplace?.value ?? '',
    salaryMin: salary?.min == null ? '' : String(salary.min),
    salaryMax: salary?.max == null ? '' : String(salary.max),
    currency: salary?.currency ?? '',
    period: salary?.period ?? 'year',
    employmentType: f.employmentType?.value ?? '',
    postedOn: f.postedOn?.value ?? '',
    jobUrl: f.jobUrl?.value ?? '',
    text: f.text?.value ?? '',
    stageId,
    sources,
  };
}

/** Which posting field a form field belongs to (the salary's parts are one field). */
export const FIELD_OF: Partial<Record<keyof CaptureDraft, PostingField>> = {
  company: 'company',
  role: 'role',
  location: 'location',
  workplace: 'workplace',
  salaryMin: 'salary',
  salaryMax: 'salary',
  currency: 'salary',
  period: 'salary',
  employmentType: 'employmentType',
  postedOn: 'postedOn',
  jobUrl: 'jobUrl',
  text: 'text',
};

export function edit<K extends keyof CaptureDraft>(draft: CaptureDraft, key: K, value: CaptureDraft[K]): CaptureDraft {
  const field = FIELD_OF[key];
  return { ...draft, [key]: value, sources: field ? { ...draft.sources, [field]: { source: 'you', certain: true } } : draft.sources };
}

const number = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/[,\s]/g, '')));

/** The create request; the core checks it field by field and names what is wrong. */
export function createRequest(draft: CaptureDraft, preview: CapturePreview | null): CreateApplicationRequest {
  const hasSalary = draft.salaryMin.trim() !== '' || draft.salaryMax.trim() !== '';
  const salary = hasSalary ? { min: number(draft.salaryMin), max: number(draft.salaryMax), currency: draft.currency.trim().toUpperCase(), period: draft.period } : null;
  const request: CreateApplicationRequest = {
    company: draft.company,
    role: draft.role,
    stageId: draft.stageId,
    jobUrl: draft.jobUrl.trim(),
    location: draft.location.trim(),
    ...(draft.workplace ? { workplace: draft.workplace } : {}),
    salary,
  };
  const captured = Object.values(draft.sources).some((s) => s.source !== 'you');
  if (preview && (captured || draft.text.trim() !== '')) {
    const sources: Posting['sources'] = {};
    for (const [field, s] of Object.entries(draft.sources) as [PostingField, { source: PostingSource }][]) sources[field] = s.source;
    request.posting = {
      text: draft.text.trim(),
      sourceUrl: /^https?:\/\//i.test(preview.url.trim()) ? preview.url.trim() : draft.jobUrl.trim(),
      fetchedAt: preview.fetchedAt,
      employmentType: draft.employmentType.trim(),
      postedOn: draft.postedOn,
      sources,
    };
  }
  return request;
}
