import { useState } from 'react';
import type { ContractIssue } from '../../../shared/contract';
import { MAX_IMPORT_CHARS } from '../../../shared/contract/methods/data';
import { call, ContractCallError, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { IssueList } from './IssueList';
import { readFileText } from './readFileText';

type State = { step: 'idle' } | { step: 'importing' } | { step: 'failed'; message: string; issues: ContractIssue[] };

/** Restores a JSON backup, all or nothing; a bad backup names the record and field. */
export function BackupImport({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const toasts = useToasts();

  const restore = async () => {
    if (!file) return;
    setState({ step: 'importing' });
    try {
      const json = await readFileText(file, MAX_IMPORT_CHARS * 10);
      const result = await call('import.backup', { json });
      toasts.show({ tone: 'success', message: `Backup restored: ${result.applications + result.archivedApplications} applications, ${result.interviews} interviews, ${result.history} history events.` });
      onDone();
    } catch (error) {
      const issues = error instanceof ContractCallError ? error.error.issues : [];
      const message = issues.length > 0 ? 'This backup was not imported — nothing was changed. Fix these problems in the file, or pick another backup:' : `The backup was not imported — nothing was changed. ${userMessage(error)}`;
      setState({ step: 'failed', message, issues });
    }
  };

  return (
    <div className="import-step">
      <label className="field">
        Backup file
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setState({ step: 'idle' });
          }}
        />
      </label>
      <p className="warning-note" role="note">
        Restoring replaces all current applications, stages, settings and history with the backup's. Export a backup of your current data first if you might want it back.
      </p>
      {state.step === 'failed' && (
        <div role="alert" className="import-error">
          <p>{state.message}</p>
          <IssueList issues={state.issues} />
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" disabled={!file || state.step === 'importing'} onClick={() => void restore()}>
          {state.step === 'importing' ? 'Restoring…' : 'Replace my data with this backup'}
        </button>
      </div>
    </div>
  );
}
