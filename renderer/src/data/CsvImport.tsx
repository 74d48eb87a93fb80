import { useMemo, useState } from 'react';
import { MAX_IMPORT_CHARS, type ColumnMappingRequest, type CsvPreviewResponse } from '../../../shared/contract/methods/data';
import { CSV_PRESETS, type CsvPreset } from '../../../shared/import/csv-mapping';
import { decodeText, detectEncoding, undecodableCount, type DetectedEncoding, type TextEncodingName } from '../../../shared/import/text-encoding';
import { callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { CsvDateOrder } from './CsvDateOrder';
import { CsvDuplicates } from './CsvDuplicates';
import { CsvEncodingChoice } from './CsvEncodingChoice';
import { CsvMappingTable } from './CsvMappingTable';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvProblems } from './CsvProblems';
import { CsvStageMapping } from './CsvStageMapping';
import { readFileBytes } from './readFileText';
import { useCsvPreview } from './useCsvPreview';

/** The picked file's bytes and the encoding they were detected in. */
interface PickedFile {
  bytes: Uint8Array;
  detected: DetectedEncoding;
}

const PRESET_LABELS: Record<CsvPreset, string> = { generic: 'Any spreadsheet (generic)', huntr: 'Huntr export', teal: 'Teal export', simplify: 'Simplify export' };
type DayOrder = CsvPreviewResponse['dates']['order'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Pick a CSV and a preset; check the characters, the columns, where each stage value goes, how
 * dates read and which rows are already on the board; then import every row with a company.
 * Nothing is written before "Import".
 */
export function CsvImport({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingName | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preset, setPreset] = useState<CsvPreset>('generic');
  const [mapping, setMapping] = useState<ColumnMappingRequest | undefined>(undefined);
  const [dayOrder, setDayOrder] = useState<DayOrder | undefined>(undefined);
  const [stageMap, setStageMap] = useState<Record<string, string>>({});
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [includedRows, setIncludedRows] = useState<ReadonlySet<number>>(new Set());
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const chosenEncoding = encoding ?? file?.detected.encoding ?? 'utf-8';
  // The text is read again from the bytes whenever the encoding changes; the preview follows.
  const csv = useMemo(() => (file ? decodeText(file.bytes, chosenEncoding) : null), [file, chosenEncoding]);
  const undecodable = useMemo(() => (csv === null ? 0 : undecodableCount(csv)), [csv]);
  const choices = { preset, ...(mapping ? { mapping } : {}), ...(dayOrder ? { dayOrder } : {}), stageMap };
  const preview = useCsvPreview(csv, choices);
  const toasts = useToasts();

  const resetChoices = () => {
    setIncludedRows(new Set());
    setMapping(undefined);
    setDayOrder(undefined);
    setStageMap({});
  };

  const pick = async (picked: File | undefined) => {
    resetChoices();
    setFileError(null);
    setFile(null);
    setEncoding(null);
    if (!picked) return;
    try {
      const bytes = await readFileBytes(picked, MAX_IMPORT_CHARS);
      setFile({ bytes, detected: detectEncoding(bytes) });
    } catch (error) {
      setFileError(`Couldn't read that file: ${userMessage(error)} Pick a .csv file of at most 20 MB.`);
    }
  };

  const ready = preview.status === 'ready' ? preview.preview : null;
  // Only rows the preview still lists as duplicates count (a new mapping may change which those are).
  const includeRows = ready ? ready.duplicates.filter((d) => includedRows.has(d.row)).map((d) => d.row) : [];
  const toImport = ready ? ready.importableRows - (skipDuplicates ? ready.duplicateRows - includeRows.length : 0) : 0;
  const include = (row: number, yes: boolean) =>
    setIncludedRows((rows) => {
      const next = new Set(rows);
      if (yes) next.add(row);
      else next.delete(row);
      return next;
    });

  const commit = async () => {
    if (csv === null || !ready) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const { value: result, undo } = await callUndoable('import.commitCsv', { csv, ...choices, mapping: mapping ?? ready.mapping, dayOrder: dayOrder ?? ready.dates.order, skipDuplicates, includeRows });
      const skipped = result.skipped > 0 ? ` ${plural(result.skipped, 'row without a company was', 'rows without a company were')} skipped.` : '';
      const known = result.duplicatesSkipped > 0 ? ` ${plural(result.duplicatesSkipped, 'row', 'rows')} already on your board left out.` : '';
      // One action: the toast's Undo takes the whole import back.
      toasts.show({ tone: 'success', message: `Imported ${plural(result.imported, 'application', 'applications')}.${skipped}${known}`, undo });
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
      {fileError && (
        <p role="alert" className="error">
          {fileError}
        </p>
      )}
      {file === null && !fileError && <p className="muted">Pick the CSV you exported. You'll check the columns, the stages and the dates before anything is imported.</p>}
      {preview.status === 'loading' && (
        <p className="muted" role="status">
          Reading the file…
        </p>
      )}
      {preview.status === 'error' && (
        <p role="alert" className="error">
          Couldn't read this CSV: {preview.message}
        </p>
      )}
      {file && <CsvEncodingChoice detected={file.detected} chosen={chosenEncoding} undecodable={undecodable} onChoose={setEncoding} />}
      {ready && (
        <>
          <CsvMappingTable headers={ready.headers} mapping={mapping ?? ready.mapping} onChange={setMapping} />
          <CsvStageMapping preview={ready} stageColumn={stageColumn} chosen={stageMap} onChoose={(value, stageId) => setStageMap((m) => ({ ...m, [value]: stageId }))} />
          <CsvDateOrder dates={{ ...ready.dates, order: dayOrder ?? ready.dates.order }} onChoose={setDayOrder} />
          <p className="preview-count" role="status">
            {toImport} of {ready.totalRows} rows will be imported.
          </p>
          <CsvDuplicates preview={ready} skip={skipDuplicates} onSkip={setSkipDuplicates} included={includedRows} onInclude={include} />
          <CsvPreviewTable preview={ready} />
          <CsvProblems problems={ready.problems} total={ready.problemCount} />
        </>
      )}
      {commitError && (
        <p role="alert" className="error">
          {commitError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={!ready || toImport === 0 || committing} onClick={() => void commit()}>
          {committing ? 'Importing…' : ready ? `Import ${plural(toImport, 'application', 'applications')}` : 'Import'}
        </button>
      </div>
    </div>
  );
}
