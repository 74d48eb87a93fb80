import type { Application, FollowUp, Interview, Stage } from '../domain';
import { escapeHtml } from './html-escape';

/**
 * A printable, self-contained HTML report of applications and follow-ups over a date range.
 * Every piece of user text goes through {@link escapeHtml}; the page carries a CSP that forbids
 * scripts, so even a missed spot could not run code. Links are shown as text, never as hrefs.
 */

export interface ReportInput {
  stages: readonly Stage[];
  applications: readonly Application[];
  interviews: readonly Interview[];
  followUps: readonly FollowUp[];
  /** Inclusive range of instants; null = unbounded. */
  from: string | null;
  to: string | null;
  generatedAt: string;
  /** IANA zone dates are shown in. */
  timeZone: string;
}

function inRange(instant: string, from: string | null, to: string | null): boolean {
  const t = Date.parse(instant);
  return (from === null || t >= Date.parse(from)) && (to === null || t <= Date.parse(to));
}

function formatInstant(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** An application is in the report when it was created, updated or reached a stage in the range. */
function applicationInRange(app: Application, from: string | null, to: string | null): boolean {
  return [app.createdAt, app.updatedAt, ...Object.values(app.stageReachedAt)].some((t) => inRange(t, from, to));
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f4f6}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
@media print{body{margin:0}tr{break-inside:avoid}}`;

export function buildReportHtml(input: ReportInput): string {
  const e = escapeHtml;
  const tz = input.timeZone;
  const stageName = new Map(input.stages.map((s) => [s.id, s.name]));
  const apps = input.applications.filter((a) => applicationInRange(a, input.from, input.to));
  const appById = new Map(input.applications.map((a) => [a.id, a]));
  const interviewsPerApp = new Map<string, number>();
  for (const i of input.interviews) interviewsPerApp.set(i.applicationId, (interviewsPerApp.get(i.applicationId) ?? 0) + 1);
  const followUps = input.followUps.filter((f) => f.status !== 'cancelled' && inRange(f.dueAt, input.from, input.to)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));

  const range = `${input.from ? formatInstant(input.from, tz) : 'the beginning'} – ${input.to ? formatInstant(input.to, tz) : 'now'}`;
  const appRows = apps
    .map(
      (a) =>
        `<tr><td>${e(a.company)}</td><td>${e(a.role)}</td><td>${e(stageName.get(a.stageId) ?? a.stageId)}</td>` +
        `<td>${e(formatInstant(a.createdAt, tz))}</td><td>${interviewsPerApp.get(a.id) ?? 0}</td>` +
        `<td>${e(a.jobUrl)}</td><td>${a.archived ? 'yes' : ''}</td></tr>`,
    )
    .join('\n');
  const followUpRows = followUps
    .map((f) => {
      const app = appById.get(f.applicationId);
      return (
        `<tr><td>${e(formatInstant(f.dueAt, f.timeZone))}</td><td>${e(f.title || f.kind)}</td>` +
        `<td>${e(app ? `${app.company} — ${app.role}` : '')}</td><td>${e(f.channel)}</td><td>${e(f.status)}</td>` +
        `<td>${e(f.statusReason)}</td></tr>`
      );
    })
    .join('\n');

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Hearback report</title><style>${STYLE}</style></head>
<body>
<h1>Hearback report</h1>
<p>${e(range)} · generated ${e(formatInstant(input.generatedAt, tz))} (${e(tz)})</p>
<h2>Applications (${apps.length})</h2>
<table><thead><tr><th>Company</th><th>Role</th><th>Stage</th><th>Created</th><th>Interviews</th><th>Link</th><th>Archived</th></tr></thead>
<tbody>
${appRows}
</tbody></table>
<h2>Follow-ups (${followUps.length})</h2>
<table><thead><tr><th>Due</th><th>What</th><th>Application</th><th>Channel</th><th>Status</th><th>Note</th></tr></thead>
<tbody>
${followUpRows}
</tbody></table>
</body></html>
`;
}
