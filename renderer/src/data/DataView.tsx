import { useState } from 'react';
import { ExportPanel } from './ExportPanel';
import { ImportDialog } from './ImportDialog';
import './data.css';

/**
 * Your data, in one place: a full backup and the way back from one, exports for spreadsheets and
 * calendars, and imports from another tracker. (History keeps its timeline, and exports the range
 * its filter shows.)
 */
export function DataView() {
  const [importing, setImporting] = useState(false);
  return (
    <div className="view data-view">
      <div className="data-view-inner">
        <p className="data-intro">
          Everything Hearback knows is in a folder on this computer that you own. A <strong>full backup</strong> (JSON) holds all of it and imports back exactly; the other formats are for spreadsheets, calendars and printing.{' '}
          <strong>Import…</strong> restores a backup or brings in another tracker’s CSV — you see a preview first and nothing changes until you confirm.
        </p>
        <p>
          <a className="button" href="#/worklog">
            Work-search log
          </a>{' '}
          <span className="muted">each week’s activities for an unemployment program, as CSV or a printable report.</span>
        </p>
        <ExportPanel range={{}} onImport={() => setImporting(true)} />
      </div>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
