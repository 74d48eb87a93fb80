import type { CsvPreviewResponse } from '../../../shared/contract/methods/data';

const REASON: Record<CsvPreviewResponse['duplicates'][number]['duplicate']['reason'], string> = {
  'imported-before': 'imported from this row before as',
  'same-link': 'same job link as',
  'same-role': 'same company and role as',
};
const SHOWN = 20;

/**
 * Rows that repeat an application already on the board: listed, skipped unless the user includes
 * them — all at once, or one by one ("Import anyway").
 */
export function CsvDuplicates({
  preview,
  skip,
  onSkip,
  included,
  onInclude,
}: {
  preview: Pick<CsvPreviewResponse, 'duplicates' | 'duplicateRows'>;
  skip: boolean;
  onSkip: (skip: boolean) => void;
  included: ReadonlySet<number>;
  onInclude: (row: number, include: boolean) => void;
}) {
  const { duplicates, duplicateRows } = preview;
  if (duplicateRows === 0) return null;
  return (
    <div className="csv-duplicates">
      <label className="reimport-choice">
        <input type="checkbox" checked={skip} onChange={(e) => onSkip(e.target.checked)} />
        Skip {duplicateRows === 1 ? '1 row' : `${duplicateRows} rows`} already on your board
      </label>
      <ul aria-label="Rows already on your board">
        {duplicates.slice(0, SHOWN).map((d) => (
          <li key={d.row}>
            <strong>Row {d.row}</strong> · {d.company} — {d.role}: {REASON[d.duplicate.reason]} {d.duplicate.company} — {d.duplicate.role}
            {skip && (
              <label className="include-anyway">
                <input type="checkbox" checked={included.has(d.row)} onChange={(e) => onInclude(d.row, e.target.checked)} aria-label={`Import row ${d.row} anyway`} />
                Import anyway
              </label>
            )}
          </li>
        ))}
        {duplicateRows > SHOWN && <li className="muted">…and {duplicateRows - SHOWN} more.</li>}
      </ul>
    </div>
  );
}
