import { stringify } from 'csv-stringify/sync';
import { HearbackError } from '../../../shared/contract';
import type { Application, FollowUp, Interview, WorkSearchActivity } from '../../../shared/domain';
import { UTF8_BOM } from '../../../shared/export/csv-cell';
import { localDateOf } from '../../../shared/followup/zoned-time';
import { weekAt, weekStartDay, workLogCsvRows, workLogReportHtml, workSearchLog, type DateRange, type WorkLogInput } from '../../../shared/worklog';
import type { Handlers } from '../rpc/dispatch';
import { nowIso, type ServiceContext } from './context';
import type { ExportTarget } from './export-target';

/**
 * The work-search log's calls. Manual entries and edits are `workSearchActivity` records, one
 * undoable action each; an edit of a derived row creates its record on first use and updates it
 * after (one record per source). The log is computed from every record, archived ones included.
 */

export interface WorkLogPorts {
  exportTarget: ExportTarget;
  renderPdf?: ((html: string) => Promise<Uint8Array>) | undefined;
}

export function logInput(ctx: ServiceContext): WorkLogInput {
  const applications: Application[] = [];
  const interviews: Interview[] = [];
  const followUps: FollowUp[] = [];
  for (const set of ctx.store.allRecordSets()) {
    applications.push(...set.applications.values());
    interviews.push(...set.interviews.values());
    followUps.push(...set.followUps.values());
  }
  return { stages: ctx.store.stages(), applications, interviews, followUps, activities: ctx.store.workSearchActivities(), zone: ctx.zone(), nowMs: ctx.now().getTime() };
}

function write(sink: NodeJS.WritableStream, data: string | Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => sink.write(data, (error) => (error ? reject(error) : resolve(typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength))));
}

const describe = (a: Pick<WorkSearchActivity, 'employer'>) => (a.employer ? ` (${a.employer})` : '');

export function workLogHandlers(ctx: ServiceContext, ports: WorkLogPorts): Pick<Handlers, 'worklog.get' | 'worklog.add' | 'worklog.edit' | 'worklog.remove' | 'worklog.export'> {
  const thisWeek = (): DateRange => weekAt(ctx.now().getTime(), ctx.zone(), weekStartDay(ctx.store.settings.workWeek));
  return {
    'worklog.get'(req) {
      const range = req.range ?? thisWeek();
      return { range, weekStartDay: weekStartDay(ctx.store.settings.workWeek), rows: workSearchLog(logInput(ctx), range) };
    },

    'worklog.add'(req) {
      if (req.applicationId !== null && !ctx.store.readApplication(req.applicationId)) throw new HearbackError('not_found', 'That application no longer exists.');
      const now = nowIso(ctx);
      const entry: WorkSearchActivity = { id: ctx.newId(), source: null, ...req, excluded: false, createdAt: now, updatedAt: now };
      const summary = `Added to the work-search log: ${req.employer}`;
      ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'workSearchActivity', kind: 'created', id: entry.id, applicationId: entry.applicationId, after: entry, summary }] });
      return entry;
    },

    'worklog.edit'(req) {
      const now = nowIso(ctx);
      const activities = ctx.store.workSearchActivities();
      let current: WorkSearchActivity | undefined;
      let applicationId: string | null = null;
      if (req.key.startsWith('manual:')) {
        const id = req.key.slice('manual:'.length);
        current = activities.find((a) => a.id === id && a.source === null);
        if (!current) throw new HearbackError('not_found', 'That activity is no longer in the work-search log.');
        applicationId = current.applicationId;
      } else {
        const row = workSearchLog(logInput(ctx), { from: '0001-01-01', to: '9999-12-31' }).find((r) => r.key === req.key);
        if (!row) throw new HearbackError('not_found', 'That activity no longer counts in the work-search log (its record was changed or removed).');
        current = activities.find((a) => a.source === req.key);
        applicationId = row.applicationId;
      }
      const base: WorkSearchActivity = current ?? {
        id: ctx.newId(),
        source: req.key,
        applicationId,
        type: null,
        date: null,
        employer: null,
        position: null,
        method: null,
        contact: null,
        result: null,
        note: null,
        excluded: false,
        createdAt: now,
        updatedAt: now,
      };
      const next: WorkSearchActivity = { ...base, ...req.patch, updatedAt: now };
      const summary = req.patch.excluded === true ? `Left out of the work-search log${describe(next)}` : req.patch.excluded === false ? `Put back in the work-search log${describe(next)}` : `Edited the work-search log${describe(next)}`;
      ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'workSearchActivity', kind: current ? 'updated' : 'created', id: next.id, applicationId, after: next, summary }] });
      return next;
    },

    'worklog.remove'(req) {
      const entry = ctx.store.workSearchActivities().find((a) => a.id === req.id && a.source === null);
      if (!entry) throw new HearbackError('not_found', 'That activity is no longer in the work-search log.');
      const summary = `Removed from the work-search log${describe(entry)}`;
      ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'workSearchActivity', kind: 'deleted', id: entry.id, applicationId: entry.applicationId, after: null, summary }] });
      return {};
    },

    async 'worklog.export'(req) {
      const release = ctx.releaseQueue;
      const renderPdf = ports.renderPdf;
      if (req.format === 'report-pdf' && !renderPdf) {
        throw new HearbackError('unavailable', 'PDF needs the desktop app. Save the printable report (HTML) and use your browser’s Print → Save as PDF.');
      }
      const rows = workSearchLog(logInput(ctx), req.range);
      const zone = ctx.zone();
      const nowMs = ctx.now().getTime();
      const userName = ctx.store.settings.userName;
      release();
      const csv = req.format === 'csv';
      const extension = csv ? 'csv' : req.format === 'report-pdf' ? 'pdf' : 'html';
      return ports.exportTarget.save({
        fileName: `work-search-log-${req.range.from}-to-${req.range.to}.${extension}`,
        contentType: csv ? 'text/csv; charset=utf-8' : req.format === 'report-pdf' ? 'application/pdf' : 'text/html; charset=utf-8',
        async write(sink) {
          if (csv) return write(sink, UTF8_BOM + stringify(workLogCsvRows(rows, req.preset), { quoted: true, record_delimiter: '\r\n' }));
          const time = new Date(nowMs).toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
          const html = workLogReportHtml({ rows, preset: req.preset, range: req.range, userName, generatedOn: `${localDateOf(nowMs, zone)} ${time}` });
          return write(sink, req.format === 'report-html' || !renderPdf ? html : await renderPdf(html));
        },
      });
    },
  };
}
