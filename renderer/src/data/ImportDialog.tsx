import { useEffect, useRef, useState } from 'react';
import { BackupImport } from './BackupImport';
import { CsvImport } from './CsvImport';
import './data.css';

type Source = 'csv' | 'backup';

/** Import from another tracker's CSV (added to your data) or a Hearback backup (replaces it). */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [source, setSource] = useState<Source>('csv');
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="dialog import-dialog" aria-labelledby="import-title" onClose={onClose}>
      <div className="import-head">
        <h2 id="import-title">Import</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <fieldset className="source-choice">
        <legend>What are you importing?</legend>
        <label className={source === 'csv' ? 'chosen' : ''}>
          <input type="radio" name="import-source" checked={source === 'csv'} onChange={() => setSource('csv')} />
          <span>
            <strong>Another tracker's CSV</strong>
            <span className="muted">Huntr, Teal, Simplify or any spreadsheet — added to your applications.</span>
          </span>
        </label>
        <label className={source === 'backup' ? 'chosen' : ''}>
          <input type="radio" name="import-source" checked={source === 'backup'} onChange={() => setSource('backup')} />
          <span>
            <strong>A Hearback backup (JSON)</strong>
            <span className="muted">Restores everything exactly — replaces your current data.</span>
          </span>
        </label>
      </fieldset>
      {source === 'csv' ? <CsvImport onDone={onClose} /> : <BackupImport onDone={onClose} />}
    </dialog>
  );
}
