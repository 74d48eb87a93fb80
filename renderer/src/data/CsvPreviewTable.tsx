import type { CsvPreviewResponse } from '../../../shared/contract/methods/data';

const SHOWN = 8;

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
            <th scope="col">Applied</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>
                {row.company}
                {row.alreadyImported && <span className="muted imported-before"> · imported before</span>}
              </td>
              <td>{row.role}</td>
              <td>{stageName.get(row.stageId) ?? ''}</td>
              <td>{row.location}</td>
              <td>{row.appliedAt?.slice(0, 10) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="muted">…and more rows.</p>}
    </div>
  );
}
