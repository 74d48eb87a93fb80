import { useState } from 'react';
import { MAX_IMPORT_CHARS, type ColumnMappingRequest, type CsvPreviewResponse } from '../../../shared/contract/methods/data';
import { CSV_PRESETS, type CsvPreset } from '../../../shared/import/csv-mapping';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { CsvDateOrder } from './CsvDateOrder';
import { CsvMappingTable } from './CsvMappingTable';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvProblems } from './CsvProblems';
import { CsvStageMapping } from './CsvStageMapping';
import { readFileText } from './readFileText';
import { useCsvPreview } from './useCsvPreview';

const PRESET_LABELS: Record<CsvPreset, string> = { generic: 'Any spreadsheet (generic)', huntr: 'Huntr export', teal: 'Teal export', simplify: 'Simplify export' };
type DayOrder = CsvPreviewResponse['dates']['order'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Pick a CSV and a preset; check the columns, where each stage value goes and how dates read;
 * then import every row with a company. Nothing is written before "Import".
 */
export function CsvImport({ onDone }: { onDone: () => void }) {
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preset, setPreset] = useState<CsvPreset>('generic');
  const [mapping, setMapping] = useState<ColumnMappingRequest | undefined>(undefined);
  const [dayOrder, setDayOrder] = useState<DayOrder | undefined>(undefined);
  const [stageMap, setStageMap] = useState<Record<string, string>>({});
  const [skipKnown, setSkipKnown] = useState(true);
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const choices = { preset, ...(mapping ? { mapping } : {}), ...(dayOrder ? { dayOrder } : {}), stageMap };
  const preview = useCsvPreview(csv, choices);
  const toasts = useToasts();

  const resetChoices = () => {
    setMapping(undefined);
    setDayOrder(undefined);
    setStageMap({});
  };

  const pick = async (file: File | undefined) => {
    resetChoices();
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
  const toImport = ready ? ready.importableRows - (skipKnown ? ready.alreadyImported : 0) : 0;

  const commit = async () => {
    if (csv === null || !ready) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const result = await call('import.commitCsv', { csv, ...choices, mapping: mapping ?? ready.mapping, dayOrder: dayOrder ?? ready.dates.order, skipAlreadyImported: skipKnown });
      const skipped = result.skipped > 0 ? ` ${plural(result.skipped, 'row without a company was', 'rows without a company were')} skipped.` : '';
      const known = result.alreadyImported > 0 ? ` ${plural(result.alreadyImported, 'row', 'rows')} imported before left out.` : '';
      toasts.show({ tone: 'success', message: `Imported ${plural(result.imported, 'application', 'applications')}.${skipped}${known} Undo is one step if this was a mistake.` });
      onDone();
    } catch (error) {
      setCommitError(`Nothing was imported: ${userMessage(error)}`);
      setCommitting(false);
    }
  };

  const stageColumn = ready && ready.mapping.stage !== undefined ? (ready.headers[ready.mapping.stage] ?? 'Stage') : 'Stage';

  return (
    <div className="import-step">
      <div className="import-row">
        <label className="field">
          Exported from
          <select
            value={preset}
            onChange={(e) => {
              setPreset(CSV_PRESETS.find((p) => p === e.target.value) ?? 'generic');
              resetChoices();
            }}
          >
            {CSV_PRESETS.map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          CSV file
          <input type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void pick(e.target.files?.[0])} />
        </label>
      </div>
      {fileError && <p role="alert" className="error">{fileError}</p>}
      {csv === null && !fileError && <p className="muted">Pick the CSV you exported. You'll check the columns, the stages and the dates before anything is imported.</p>}
      {preview.status === 'loading' && <p className="muted" role="status">Reading the file…</p>}
      {preview.status === 'error' && <p role="alert" className="error">Couldn't read this CSV: {preview.message}</p>}
      {ready && (
        <>
          <CsvMappingTable headers={ready.headers} mapping={mapping ?? ready.mapping} onChange={setMapping} />
          <CsvStageMapping preview={ready} stageColumn={stageColumn} chosen={stageMap} onChoose={(value, stageId) => setStageMap((m) => ({ ...m, [value]: stageId }))} />
          <CsvDateOrder dates={{ ...ready.dates, order: dayOrder ?? ready.dates.order }} onChoose={setDayOrder} />
          <p className="preview-count" role="status">
            {toImport} of {ready.totalRows} rows will be imported.
          </p>
          {ready.alreadyImported > 0 && (
            <label className="reimport-choice">
              <input type="checkbox" checked={skipKnown} onChange={(e) => setSkipKnown(e.target.checked)} />
              Skip {plural(ready.alreadyImported, 'row', 'rows')} already imported from this file before
            </label>
          )}
          <CsvPreviewTable preview={ready} />
          <CsvProblems problems={ready.problems} total={ready.problemCount} />
        </>
      )}
      {commitError && <p role="alert" className="error">{commitError}</p>}
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={!ready || toImport === 0 || committing} onClick={() => void commit()}>
          {committing ? 'Importing…' : ready ? `Import ${plural(toImport, 'application', 'applications')}` : 'Import'}
        </button>
      </div>
    </div>
  );
}
