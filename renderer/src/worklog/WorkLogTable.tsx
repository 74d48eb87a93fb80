import { Fragment, useState } from 'react';
import { METHOD_WORDS, TYPE_WORDS, type WorkLogRow } from '../../../shared/worklog';
import { callUndoable, userMessage } from '../contract';
import { formatLocalDate } from '../ui/format-time';
import { useToasts } from '../ui/toasts';
import { routeHref } from '../app/useRoute';
import { RowEditor } from './RowEditor';

const COLUMNS = 8;

/** The log's rows: what a caseworker reads, with the user's edits, exclusions and a link to each source. */
export function WorkLogTable({ rows }: { rows: readonly WorkLogRow[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const toasts = useToasts();

  async function setExcluded(row: WorkLogRow, excluded: boolean) {
    try {
      const { undo } = await callUndoable('worklog.edit', { key: row.key, patch: { excluded } });
      toasts.show({ tone: 'success', message: excluded ? `${row.employer} is left out of the log and its exports.` : `${row.employer} is back in the log.`, undo });
    } catch (failure) {
      toasts.show({ tone: 'error', message: userMessage(failure) });
    }
  }

  async function remove(row: WorkLogRow) {
    try {
      const { undo } = await callUndoable('worklog.remove', { id: row.link.id });
      toasts.show({ tone: 'success', message: `Removed ${row.employer} from the log.`, undo });
    } catch (failure) {
      toasts.show({ tone: 'error', message: userMessage(failure) });
    }
  }

  return (
    <table className="worklog-table">
      <caption className="visually-hidden">Work-search activities</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Activity</th>
          <th scope="col">Employer</th>
          <th scope="col">Position</th>
          <th scope="col">Contact method</th>
          <th scope="col">Person or address</th>
          <th scope="col">Result</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Fragment key={row.key}>
            <tr className={row.excluded ? 'excluded' : undefined} data-row-key={row.key}>
              <td className="nowrap">{formatLocalDate(row.date)}</td>
              <td>
                {TYPE_WORDS[row.type]}
                {row.excluded && <span className="badge worklog-left-out">left out</span>}
              </td>
              <th scope="row" className="worklog-employer">
                {row.applicationId ? <a href={routeHref({ view: 'worklog', applicationId: row.applicationId })}>{row.employer}</a> : row.employer}
              </th>
              <td>{row.position}</td>
              <td>{METHOD_WORDS[row.method]}</td>
              <td className="wrap">{row.contact}</td>
              <td className="wrap">
                {row.result}
                {row.note && <span className="worklog-note">{row.note}</span>}
              </td>
              <td className="worklog-actions">
                <button type="button" className="button small" aria-expanded={editing === row.key} onClick={() => setEditing(editing === row.key ? null : row.key)} aria-label={`Edit ${row.employer}, ${formatLocalDate(row.date)}`}>
                  Edit
                </button>
                <button type="button" className="button small" onClick={() => void setExcluded(row, !row.excluded)} aria-label={`${row.excluded ? 'Include' : 'Leave out'} ${row.employer}, ${formatLocalDate(row.date)}`}>
                  {row.excluded ? 'Include' : 'Leave out'}
                </button>
                {row.link.entity === 'workSearchActivity' && (
                  <button type="button" className="button small" onClick={() => void remove(row)} aria-label={`Remove ${row.employer}, ${formatLocalDate(row.date)}`}>
                    Remove
                  </button>
                )}
              </td>
            </tr>
            {editing === row.key && (
              <tr className="worklog-editor-row">
                <td colSpan={COLUMNS}>
                  <RowEditor row={row} onDone={() => setEditing(null)} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
