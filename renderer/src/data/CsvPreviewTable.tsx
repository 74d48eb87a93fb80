import type { z } from 'zod';
import type { ImportRowSchema } from '../../../shared/contract/methods/data';

type Row = z.infer<typeof ImportRowSchema>;
const SHOWN = 8;

/** The first rows as they will be imported. */
export function CsvPreviewTable({ rows }: { rows: readonly Row[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="preview-scroll">
      <table className="preview-table">
        <caption className="visually-hidden">Preview of the first {Math.min(SHOWN, rows.length)} rows</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Company</th>
            <th scope="col">Role</th>
            <th scope="col">Stage</th>
            <th scope="col">Location</th>
            <th scope="col">Applied</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{row.company}</td>
              <td>{row.role}</td>
              <td>{row.stage}</td>
              <td>{row.location}</td>
              <td>{row.appliedAt?.slice(0, 10) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="muted">…and {rows.length - SHOWN} more rows.</p>}
    </div>
  );
}
