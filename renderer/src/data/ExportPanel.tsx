import type { ExportFormat } from '../../../shared/contract/methods/data';
import { isBrowserMode } from '../contract';
import { useExport } from './useExport';
import './data.css';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'csv-history', label: 'History (CSV)', hint: 'Every event, for a spreadsheet' },
  { format: 'csv-applications', label: 'Applications (CSV)', hint: 'One row per application' },
  { format: 'json', label: 'Full backup (JSON)', hint: 'Everything; imports back exactly' },
  { format: 'ics', label: 'Calendar (ICS)', hint: 'Interviews and follow-ups' },
  { format: 'report-html', label: 'Printable report', hint: 'An HTML page to print or keep' },
  // printToPDF exists only in the desktop app.
  ...(isBrowserMode ? [] : [{ format: 'report-pdf' as const, label: 'Report (PDF)', hint: 'Proof of your search, ready to send' }]),
];

interface Props {
  range: { from?: string; to?: string };
  onImport: () => void;
}

/** Export buttons (the filter's date range applies to all but the backup) and the way in to import. */
export function ExportPanel({ range, onImport }: Props) {
  const { running, run } = useExport();
  const ranged = range.from !== undefined || range.to !== undefined;
  return (
    <section className="data-panel panel" aria-labelledby="data-panel-title" aria-busy={running !== null}>
      <div className="data-panel-head">
        <h2 id="data-panel-title">Export and import</h2>
        <button type="button" className="button" onClick={onImport}>
          Import…
        </button>
      </div>
      <p className="muted data-panel-note">{ranged ? 'Exports use the date range of the filter; the backup is always complete.' : 'Your data is yours: take it anywhere.'}</p>
      <div className="export-buttons">
        {FORMATS.map(({ format, label, hint }) => (
          <button key={format} type="button" className="export-button" disabled={running !== null} onClick={() => void run(format, range)} aria-describedby={`export-hint-${format}`}>
            <span className="export-label">
              {running === format && <span className="spinner" aria-hidden="true" />}
              {label}
            </span>
            <span id={`export-hint-${format}`} className="export-hint">
              {running === format ? 'Exporting…' : hint}
            </span>
          </button>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {running ? `Exporting ${FORMATS.find((f) => f.format === running)?.label ?? ''}…` : ''}
      </p>
    </section>
  );
}
