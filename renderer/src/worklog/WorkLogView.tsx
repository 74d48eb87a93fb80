import { useEffect, useState } from 'react';
import { PRESETS, WORK_LOG_PRESETS, type DateRange, type WorkLogPreset } from '../../../shared/worklog';
import { isBrowserMode } from '../contract';
import { useContractQuery } from '../contract/useContractQuery';
import { formatLocalDate } from '../ui/format-time';
import { AddActivityForm } from './AddActivityForm';
import { useWorkLogExport } from './useWorkLogExport';
import { localDateOf } from '../../../shared/followup';
import { rangeFromHash, stepWeek, weekHref } from './workLogRange';
import { WorkLogTable } from './WorkLogTable';
import './worklog.css';

/**
 * The work-search log of a week (or any range): what a program asks for each week, made from what
 * Hearback knows, with the user's own entries and edits, and its exports.
 */
export function WorkLogView({ zone }: { zone: string }) {
  const [range, setRange] = useState<DateRange | null>(() => rangeFromHash(window.location.hash, null));
  const { state } = useContractQuery('worklog.get', range ? { range } : {});
  const [adding, setAdding] = useState(false);
  const [preset, setPreset] = useState<WorkLogPreset>('generic');
  const exporter = useWorkLogExport();
  const data = state.status === 'ready' ? state.data : null;
  const shown = range ?? data?.range ?? null;
  const startDay = data?.weekStartDay ?? 1;

  // A link to a week (`#/worklog/week/…`) opened while the log is on screen.
  useEffect(() => {
    const onHash = () => {
      const next = rangeFromHash(window.location.hash, startDay);
      if (next) setRange(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [startDay]);

  const go = (next: DateRange) => {
    setRange(next);
    window.history.replaceState(null, '', weekHref(next));
  };
  const counted = data ? data.rows.filter((r) => !r.excluded).length : 0;
  const leftOut = data ? data.rows.length - counted : 0;

  return (
    <div className="view worklog-view">
      <nav className="worklog-range" aria-label="Choose the week">
        <a className="button small" href="#/history">
          ← History
        </a>
        <button type="button" className="button small" disabled={!shown} onClick={() => shown && go(stepWeek(shown, startDay, -1))}>
          Previous week
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => {
            setRange(null);
            window.history.replaceState(null, '', '#/worklog');
          }}
        >
          This week
        </button>
        <button type="button" className="button small" disabled={!shown} onClick={() => shown && go(stepWeek(shown, startDay, 1))}>
          Next week
        </button>
        <label className="worklog-date">
          From
          <input type="date" value={shown?.from ?? ''} max={shown?.to} onChange={(e) => e.target.value && shown && go({ from: e.target.value, to: shown.to < e.target.value ? e.target.value : shown.to })} />
        </label>
        <label className="worklog-date">
          To
          <input type="date" value={shown?.to ?? ''} min={shown?.from} onChange={(e) => e.target.value && shown && go({ from: shown.from, to: e.target.value })} />
        </label>
      </nav>

      <section className="worklog-export" aria-labelledby="worklog-export-title" aria-busy={exporter.running !== null}>
        <h2 id="worklog-export-title">Export this log</h2>
        <label className="field">
          Form
          <select value={preset} onChange={(e) => setPreset(e.target.value as WorkLogPreset)}>
            {WORK_LOG_PRESETS.map((p) => (
              <option key={p} value={p}>
                {PRESETS[p].label}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">Columns: {PRESETS[preset].columns.map((c) => c.header).join(', ')}. Activities you left out are not exported.</p>
        <div className="worklog-export-buttons">
          <button type="button" className="button" disabled={!shown || exporter.running !== null} onClick={() => shown && void exporter.run('csv', shown, preset)}>
            {exporter.running === 'csv' ? 'Exporting…' : 'Spreadsheet (CSV)'}
          </button>
          <button type="button" className="button" disabled={!shown || exporter.running !== null} onClick={() => shown && void exporter.run('report-html', shown, preset)}>
            {exporter.running === 'report-html' ? 'Exporting…' : 'Printable report (HTML)'}
          </button>
          {!isBrowserMode && (
            <button type="button" className="button" disabled={!shown || exporter.running !== null} onClick={() => shown && void exporter.run('report-pdf', shown, preset)}>
              {exporter.running === 'report-pdf' ? 'Exporting…' : 'Report (PDF)'}
            </button>
          )}
        </div>
      </section>

      <section className="worklog-main" aria-labelledby="worklog-title" aria-busy={state.status === 'loading'}>
        <div className="worklog-head">
          <h2 id="worklog-title">{shown ? `${formatLocalDate(shown.from)} – ${formatLocalDate(shown.to)}` : 'This week'}</h2>
          <p className="muted" role="status">
            {data ? `${counted} ${counted === 1 ? 'activity' : 'activities'}${leftOut ? `, ${leftOut} left out` : ''}` : ''}
          </p>
          <button type="button" className="button" onClick={() => setAdding(true)} disabled={adding}>
            Add an activity…
          </button>
        </div>
        {adding && shown && <AddActivityForm defaultDate={defaultActivityDate(shown, zone)} onDone={() => setAdding(false)} />}
        {state.status === 'error' && (
          <p role="alert" className="error">
            Couldn’t read the log: {state.message}
          </p>
        )}
        {data && data.rows.length === 0 && (
          <div className="empty-state">
            <p className="empty-title">Nothing in this week yet.</p>
            <p className="muted">Applications you send, interviews you hold and follow-ups you mark sent appear here by themselves. Add a job fair, a workshop or a call with “Add an activity…”.</p>
          </div>
        )}
        {data && data.rows.length > 0 && <WorkLogTable rows={data.rows} />}
      </section>
    </div>
  );
}

/** A new activity is dated today (in the app's zone) when today is in the shown range; else the range's first day. */
function defaultActivityDate(range: DateRange, zone: string): string {
  const today = localDateOf(Date.now(), zone);
  return today >= range.from && today <= range.to ? today : range.from;
}
