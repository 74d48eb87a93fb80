import type { WorkSearchMethod, WorkSearchType } from '../domain';
import type { WorkLogRow } from './derive';

/**
 * The columns of each export preset, in the words and language of the form it follows.
 *
 * | preset     | follows                                                                                  | columns |
 * |------------|------------------------------------------------------------------------------------------|---------|
 * | `generic`  | what most programs ask (date, employer, position, how, who, result)                        | Date, Activity, Employer, Position, Contact method, Contact person or address, Result, Note |
 * | `us-state` | Nebraska Department of Labor, "Work Search Announcement" (dol.nebraska.gov/bps.cfm): each  | Date of Contact, Name of Employer, Employer's Address and Phone Number / Person Contacted |
 * |            | contact's Date of Contact, Name of Employer, Employer's Address and Phone Number, Name of  |   (one column here: Hearback keeps the person and address together), Method of Contact, |
 * |            | Person Contacted, Method of Contact, Position Applied For; Maine's Work Search Log (form   |   Position Applied For, Results |
 * |            | B-101) adds the result of each contact, which caseworkers ask about                       | |
 * | `de-eigen` | the Agentur für Arbeit's "Nachweis über Eigenbemühungen" list                            | Datum, Arbeitgeber, Stelle, Art der Bewerbung, Ergebnis — dates as TT.MM.JJJJ |
 *
 * Every preset leaves out excluded rows; the caller passes only counted rows.
 */

export type WorkLogPreset = 'generic' | 'us-state' | 'de-eigen';
export const WORK_LOG_PRESETS: readonly WorkLogPreset[] = ['generic', 'us-state', 'de-eigen'];

export interface PresetColumn {
  header: string;
  value: (row: WorkLogRow) => string;
}

export interface PresetSpec {
  /** Shown in the preset menu. */
  label: string;
  /** `lang` of the report page. */
  lang: string;
  title: string;
  /** "Name", "Week" on the report, in the form's language. */
  nameLabel: string;
  periodLabel: string;
  countLabel: string;
  columns: readonly PresetColumn[];
  formatDate: (date: string) => string;
}

export const METHOD_WORDS: Record<WorkSearchMethod, string> = {
  online: 'Online application',
  email: 'Email',
  phone: 'Phone',
  video: 'Video call',
  'in-person': 'In person',
  mail: 'Mail',
  other: 'Other',
};
export const TYPE_WORDS: Record<WorkSearchType, string> = {
  application: 'Application',
  interview: 'Interview',
  'follow-up': 'Follow-up',
  networking: 'Networking contact',
  'job-fair': 'Job fair',
  workshop: 'Workshop',
  other: 'Other activity',
};
const METHOD_DE: Record<WorkSearchMethod, string> = {
  online: 'Online-Bewerbung',
  email: 'E-Mail',
  phone: 'Telefonisch',
  video: 'Videogespräch',
  'in-person': 'Persönlich',
  mail: 'Schriftlich (Post)',
  other: 'Sonstige',
};
const TYPE_DE: Record<WorkSearchType, string> = {
  application: 'Bewerbung',
  interview: 'Vorstellungsgespräch',
  'follow-up': 'Nachfrage',
  networking: 'Kontakt (Netzwerk)',
  'job-fair': 'Jobmesse',
  workshop: 'Workshop',
  other: 'Sonstige Eigenbemühung',
};

/** `2026-03-09` → `03/09/2026` (U.S. forms) or `09.03.2026` (German forms). */
const usDate = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
const deDate = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const isoDate = (d: string) => d;

/** A derived result is in English; the German list says what it was and how, and keeps the user's words. */
const withNote = (text: string, note: string) => (note ? (text ? `${text} — ${note}` : note) : text);

/** Hearback's own result words in German; what the user typed is kept as typed. */
const RESULT_DE: Readonly<Record<string, string>> = {
  'Applied, waiting to hear back': 'Beworben, Antwort steht aus',
  'Offer received': 'Angebot erhalten',
  Hired: 'Eingestellt',
  'Not selected': 'Absage',
  'Withdrew the application': 'Bewerbung zurückgezogen',
  'No answer': 'Keine Antwort',
  'Invited to interview': 'Einladung zum Vorstellungsgespräch',
  'Interviewed, waiting to hear back': 'Gespräch geführt, Antwort steht aus',
  'Invited to the next round': 'Einladung zur nächsten Runde',
  'Thank-you note sent': 'Dankesschreiben gesendet',
  'Asked about the decision': 'Nach dem Stand gefragt',
  Contacted: 'Kontakt aufgenommen',
};
const germanResult = (text: string) => RESULT_DE[text] ?? text;

export const PRESETS: Record<WorkLogPreset, PresetSpec> = {
  generic: {
    label: 'Generic',
    lang: 'en',
    title: 'Work-search log',
    nameLabel: 'Name',
    periodLabel: 'Period',
    countLabel: 'Activities',
    formatDate: isoDate,
    columns: [
      { header: 'Date', value: (r) => r.date },
      { header: 'Activity', value: (r) => TYPE_WORDS[r.type] },
      { header: 'Employer', value: (r) => r.employer },
      { header: 'Position', value: (r) => r.position },
      { header: 'Contact method', value: (r) => METHOD_WORDS[r.method] },
      { header: 'Contact person or address', value: (r) => r.contact },
      { header: 'Result', value: (r) => r.result },
      { header: 'Note', value: (r) => r.note },
    ],
  },
  'us-state': {
    label: 'U.S. state work search log',
    lang: 'en-US',
    title: 'Work Search Log',
    nameLabel: 'Claimant',
    periodLabel: 'Week',
    countLabel: 'Contacts',
    formatDate: usDate,
    columns: [
      { header: 'Date of Contact', value: (r) => usDate(r.date) },
      { header: 'Name of Employer', value: (r) => r.employer },
      { header: 'Person Contacted / Address, Phone or Website', value: (r) => r.contact },
      { header: 'Method of Contact', value: (r) => METHOD_WORDS[r.method] },
      { header: 'Position Applied For', value: (r) => r.position },
      { header: 'Results', value: (r) => withNote(r.result, r.note) },
    ],
  },
  'de-eigen': {
    label: 'Eigenbemühungen (Deutschland)',
    lang: 'de',
    title: 'Nachweis über Eigenbemühungen',
    nameLabel: 'Name',
    periodLabel: 'Zeitraum',
    countLabel: 'Eigenbemühungen',
    formatDate: deDate,
    columns: [
      { header: 'Datum', value: (r) => deDate(r.date) },
      { header: 'Arbeitgeber', value: (r) => r.employer },
      { header: 'Stelle', value: (r) => r.position },
      { header: 'Art der Bewerbung', value: (r) => (r.type === 'application' ? METHOD_DE[r.method] : `${TYPE_DE[r.type]} (${METHOD_DE[r.method]})`) },
      { header: 'Ergebnis', value: (r) => withNote(germanResult(r.result), r.note) },
    ],
  },
};
