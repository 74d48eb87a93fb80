import { useState } from 'react';
import { MAX_IMPORT_CHARS, type ColumnMappingRequest } from '../../../shared/contract/methods/data';
import { CSV_PRESETS, type CsvPreset } from '../../../shared/import/csv-mapping';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { CsvMappingTable } from './CsvMappingTable';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvProblems } from './CsvProblems';
import { readFileText } from './readFileText';
import { useCsvPreview } from './useCsvPreview';

const PRESET_LABELS: Record<CsvPreset, string> = { generic: 'Any spreadsheet (generic)', huntr: 'Huntr export', teal: 'Teal export' };

/** Pick a CSV and a preset, check the column mapping and the preview, then import the valid rows. */
export function CsvImport({ onDone }: { onDone: () => void }) {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preset, setPreset] = useState<CsvPreset>('generic');
  const [mapping, setMapping] = useState<ColumnMappingRequest | undefined>(undefined);
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const preview = useCsvPreview(csv, preset, mapping);
  const toasts = useToasts();

  const pick = async (file: File | undefined) => {
    setMapping(undefined);
    setFileError(null);
    setCsv(null);
    if (!file) return;
    try {
      setCsv(await readFileText(file, MAX_IMPORT_CHARS));
    } catch (error) {
      setFileError(`Couldn't read that file: ${userMessage(error)} Pick a .csv file of at most 20 MB.`);
    }
  };

  const ready = preview.status === 'ready' ? preview.preview : null;

  const commit = async () => {
    if (csv === null || !ready) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const result = await call('import.commitCsv', { csv, preset, mapping: mapping ?? ready.mapping });
      const skipped = result.skipped > 0 ? ` ${result.skipped} rows with problems were skipped.` : '';
      toasts.show({ tone: 'success', message: `Imported ${result.imported} applications.${skipped} Undo is one step if this was a mistake.` });
      onDone();
    } catch (error) {
      setCommitError(`Nothing was imported: ${userMessage(error)}`);
      setCommitting(false);
    }
  };

  return (
    <div className="import-step">
      <div className="import-row">
        <label className="field">
          Exported from
          <select value={preset} onChange={(e) => { setPreset(CSV_PRESETS.find((p) => p === e.target.value) ?? 'generic'); setMapping(undefined); }}>
            {CSV_PRESETS.map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          CSV file
          <input type="file" accept=".csv,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
      </div>
      {fileError && <p role="alert" className="error">{fileError}</p>}
      {csv === null && !fileError && <p className="muted">Pick the CSV you exported. You'll check which column goes where before anything is imported.</p>}
      {preview.status === 'loading' && <p className="muted" role="status">Reading the file…</p>}
      {preview.status === 'error' && <p role="alert" className="error">Couldn't read this CSV: {preview.message}</p>}
      {ready && (
        <>
          <CsvMappingTable headers={ready.headers} mapping={mapping ?? ready.mapping} onChange={setMapping} />
          <p className="preview-count" role="status">
            {ready.validRows} of {ready.totalRows} rows are ready to import.
          </p>
          <CsvPreviewTable rows={ready.rows} />
          <CsvProblems problems={ready.problems} />
        </>
      )}
      {commitError && <p role="alert" className="error">{commitError}</p>}
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={!ready || ready.validRows === 0 || committing} onClick={() => void commit()}>
          {committing ? 'Importing…' : ready ? `Import ${ready.validRows} applications` : 'Import'}
        </button>
      </div>
    </div>
  );
}
