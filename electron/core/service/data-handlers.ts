import { HearbackError } from '../../../shared/contract';
import type { ExportFormat } from '../../../shared/contract/methods/data';
import type { Application, FollowUp, HistoryEvent, Interview } from '../../../shared/domain';
import { buildReportHtml } from '../../../shared/export';
import { computeInsights } from '../../../shared/insights';
import { importBackupPlan, importCsvPlan, previewCsv, streamApplicationsCsv, streamBackupJson, streamHistoryCsv, streamIcs } from '../data';
import type { Handlers } from '../rpc/dispatch';
import { placeUniquely } from '../store/card-position';
import { nowIso, type ServiceContext } from './context';
import type { ExportTarget } from './export-target';

const FILE_TYPES: Record<ExportFormat, { extension: string; contentType: string; name: string }> = {
  'csv-history': { extension: 'csv', contentType: 'text/csv; charset=utf-8', name: 'history' },
  'csv-applications': { extension: 'csv', contentType: 'text/csv; charset=utf-8', name: 'applications' },
  json: { extension: 'json', contentType: 'application/json', name: 'backup' },
  ics: { extension: 'ics', contentType: 'text/calendar; charset=utf-8', name: 'calendar' },
  'report-html': { extension: 'html', contentType: 'text/html; charset=utf-8', name: 'report' },
  'report-pdf': { extension: 'pdf', contentType: 'application/pdf', name: 'report' },
};

/** Every application on the board, archived ones included: what an import's rows may repeat. */
function* boardApplications(ctx: ServiceContext): Generator<Application> {
  for (const set of ctx.store.allRecordSets()) yield* set.applications.values();
}

function allRecords(ctx: ServiceContext) {
  const sets = ctx.store.allRecordSets();
  const applications: Application[] = [];
  const interviews: Interview[] = [];
  const followUps: FollowUp[] = [];
  for (const set of sets) {
    applications.push(...set.applications.values());
    interviews.push(...set.interviews.values());
    followUps.push(...set.followUps.values());
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { applications: applications.sort(byId), interviews: interviews.sort(byId), followUps: followUps.sort(byId) };
}

/** The history as it was at `throughSeq`: events appended while an export streams are not in it. */
function* historyThrough(events: Iterable<HistoryEvent>, throughSeq: number): Generator<HistoryEvent> {
  for (const event of events) {
    if (event.seq > throughSeq) return;
    yield event;
  }
}

function write(sink: NodeJS.WritableStream, text: string): Promise<number> {
  return new Promise((resolve, reject) => sink.write(text, (error) => (error ? reject(error) : resolve(Buffer.byteLength(text)))));
}

export interface DataHandlerPorts {
  exportTarget: ExportTarget;
  /** Prints report HTML to PDF (the desktop app's printToPDF); absent in browser mode. */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** Replaces all data with a validated backup (closes and reopens the store). */
  replaceAll: (plan: ReturnType<typeof importBackupPlan>) => Promise<void>;
}

export function dataHandlers(ctx: ServiceContext, ports: DataHandlerPorts): Pick<Handlers, 'export.run' | 'import.previewCsv' | 'import.commitCsv' | 'import.backup' | 'insights.get'> {
  let lastInsights: { key: string; value: ReturnType<typeof computeInsights> } | null = null;
  return {
    async 'export.run'(req) {
      // This call's own release: later calls may replace ctx.releaseQueue once it is used.
      const release = ctx.releaseQueue;
      const type = FILE_TYPES[req.format];
      const renderPdf = ports.renderPdf;
      if (req.format === 'report-pdf' && !renderPdf) {
        throw new HearbackError('unavailable', 'PDF export needs the desktop app. Export the printable report (HTML) and use your browser’s Print → Save as PDF.');
      }
      const now = nowIso(ctx);
      const fileName = `hearback-${type.name}-${now.slice(0, 10)}.${type.extension}`;
      const range = { from: req.from, to: req.to };
      // A consistent snapshot of what the export reads (records are immutable values, so copies of
      // the lists suffice; history is cut at this moment's sequence number). From here on, writes
      // go on while the file is chosen and written.
      const store = ctx.store;
      const throughSeq = store.revision;
      const records = req.format === 'csv-history' ? null : allRecords(ctx);
      const stages = store.stages();
      const settings = store.settings;
      const zone = ctx.zone();
      const workSearch = store.workSearchActivities();
      const history = (filter: Partial<typeof range> = {}): Iterable<HistoryEvent> => historyThrough(store.iterateHistory(filter), throughSeq);
      const label = (id: string) => {
        const app = store.readApplication(id);
        return app ? { company: app.company, role: app.role } : null;
      };
      release();
      return ports.exportTarget.save({
        fileName,
        contentType: type.contentType,
        async write(sink) {
          switch (req.format) {
            case 'csv-history':
              return (await streamHistoryCsv(history(range), sink, undefined, { lookup: label })).bytes;
            case 'csv-applications': {
              const { applications, interviews, followUps } = records!;
              // Counted in one pass: a filter per application would grow with applications × records.
              const tally = new Map<string, { interviews: number; followUps: number; followUpsDone: number }>();
              const of = (id: string) => {
                let entry = tally.get(id);
                if (!entry) tally.set(id, (entry = { interviews: 0, followUps: 0, followUpsDone: 0 }));
                return entry;
              };
              for (const i of interviews) of(i.applicationId).interviews++;
              for (const f of followUps) {
                const entry = of(f.applicationId);
                entry.followUps++;
                if (f.status === 'done') entry.followUpsDone++;
              }
              const counts = (id: string) => of(id);
              return (await streamApplicationsCsv(applications, sink, { stages, counts })).bytes;
            }
            case 'json': {
              const { applications, interviews, followUps } = records!;
              return (await streamBackupJson({ exportedAt: now, stages, settings, workSearchActivities: workSearch, applications, interviews, followUps, history: history() }, sink)).bytes;
            }
            case 'ics': {
              const { interviews, followUps } = records!;
              return (await streamIcs({ interviews, followUps: followUps.filter((f) => f.status === 'pending' || f.status === 'snoozed'), lookup: label, stamp: now }, sink)).bytes;
            }
            case 'report-html':
            case 'report-pdf': {
              const { applications, interviews, followUps } = records!;
              const html = buildReportHtml({ stages, applications, interviews, followUps, from: req.from ?? null, to: req.to ?? null, generatedAt: now, timeZone: zone });
              if (req.format === 'report-html' || !renderPdf) return write(sink, html);
              const pdf = await renderPdf(html);
              return new Promise<number>((resolve, reject) => sink.write(pdf, (error) => (error ? reject(error) : resolve(pdf.byteLength))));
            }
          }
        },
      });
    },

    'import.previewCsv'(req) {
      return previewCsv(req.csv, req, { stages: ctx.store.stages(), board: boardApplications(ctx) });
    },

    'import.commitCsv'(req) {
      const plan = importCsvPlan(req.csv, { ...req, skipDuplicates: req.skipDuplicates ?? true }, { stages: ctx.store.stages(), board: boardApplications(ctx), newId: ctx.newId, now: nowIso(ctx) });
      // Imported cards go after the cards already in each column, in file order.
      const lastPosition = new Map<string, number>();
      for (const app of ctx.store.active.applications.values()) lastPosition.set(app.stageId, Math.max(lastPosition.get(app.stageId) ?? 0, app.position));
      const applications = plan.applications.map((app) => {
        const position = (lastPosition.get(app.stageId) ?? 0) + 1;
        lastPosition.set(app.stageId, position);
        return { ...app, position };
      });
      if (applications.length > 0) {
        ctx.store.commit({
          summary: `Imported ${applications.length} applications from CSV`,
          undoable: true,
          changes: applications.map((app) => ({ entity: 'application' as const, kind: 'imported' as const, id: app.id, applicationId: app.id, after: app, summary: `Imported ${app.role} at ${app.company}` })),
        });
      }
      return { imported: applications.length, skipped: plan.skipped, duplicatesSkipped: plan.duplicatesSkipped, problems: plan.problems };
    },

    async 'import.backup'(req) {
      const plan = importBackupPlan(req.json);
      if (plan.stages.length === 0) throw new HearbackError('invalid_request', 'This backup has no stages.', [{ path: 'stages', message: 'must not be empty' }]);
      // A backup (hand-edited, or from before positions were kept unique) may repeat a position.
      const moved = placeUniquely([], plan.applications);
      const applications = plan.applications.map((app) => ({ ...app, position: moved.get(app.id) ?? app.position }));
      await ports.replaceAll({ ...plan, applications });
      return plan.summary;
    },

    'insights.get'(req) {
      // Derived once per change: the same question at the same revision (and minute) is answered
      // from the last computation — a second visit, or a refetch after an unrelated event.
      const now = nowIso(ctx);
      const key = `${ctx.store.revision} ${req.from ?? ''} ${req.to ?? ''} ${now.slice(0, 16)}`;
      if (lastInsights?.key === key) return lastInsights.value;
      const { applications, interviews, followUps } = allRecords(ctx);
      const value = computeInsights({ stages: ctx.store.stages(), applications, interviews, followUps, range: { from: req.from ?? null, to: req.to ?? null }, now });
      lastInsights = { key, value };
      return value;
    },
  };
}
