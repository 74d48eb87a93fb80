import type { CsvPreviewResponse } from '../../../shared/contract/methods/data';

const SHOWN = 8;

type Row = CsvPreviewResponse['rows'][number];
const PER: Record<NonNullable<Row['salaryPeriod']>, string> = { year: '/year', month: '/month', hour: '/hour' };

/** "73,000 EUR", "120,000–150,000 USD", "up to 90,000": the amounts as read, so a misread shows before import. */
function salaryText(row: Row): string {
  const n = (v: number) => v.toLocaleString();
  const { salaryMin: min, salaryMax: max } = row;
  if (min === null && max === null) return '';
  const amount = min !== null && max !== null ? `${n(min)}–${n(max)}` : min !== null ? n(min) : `up to ${n(max ?? 0)}`;
  return `${amount} ${row.salaryCurrency || 'USD'}${row.salaryPeriod && row.salaryPeriod !== 'year' ? PER[row.salaryPeriod] : ''}`;
}

/** The first rows as they will be imported, with the stage each goes to. */
export function CsvPreviewTable({ preview }: { preview: Pick<CsvPreviewResponse, 'rows' | 'boardStages'> }) {
  const { rows } = preview;
  if (rows.length === 0) return null;
  const stageName = new Map(preview.boardStages.map((s) => [s.id, s.name]));
  return (
    <div className="preview-scroll">
      <table className="preview-table">
        <caption className="visually-hidden">Preview of the first {Math.min(SHOWN, rows.length)} rows</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Company</th>
            <th scope="col">Role</th>
            <th scope="col">Stage</th>
            <th scope="col">Location</th>
            <th scope="col">Salary</th>
            <th scope="col">Applied</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>
                {row.company}
                {row.duplicate && <span className="muted imported-before"> · already on your board</span>}
              </td>
              <td>{row.role}</td>
              <td>{stageName.get(row.stageId) ?? ''}</td>
              <td>{row.location}</td>
              <td>{salaryText(row)}</td>
              <td>{row.appliedAt?.slice(0, 10) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="muted">…and more rows.</p>}
    </div>
  );
}
