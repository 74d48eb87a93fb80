import { useCallback, useState } from 'react';
import type { SettingsPatch } from '../../../shared/contract';
import { call, ContractCallError, userMessage } from '../contract';
import { fieldIssues, type FieldIssues } from '../ui/field-issues';

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: number } | { state: 'error'; message: string };

export interface SectionSave {
  status: SaveStatus;
  issues: FieldIssues;
  /** Sends the patch; resolves true when it was stored. */
  save(patch: SettingsPatch): Promise<boolean>;
  /** Shows problems found before sending (blank numbers…). */
  reject(issues: FieldIssues): void;
}

/** Saving one settings section, with the contract's field issues kept for display. */
export function useSectionSave(): SectionSave {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [issues, setIssues] = useState<FieldIssues>({});

  const save = useCallback(async (patch: SettingsPatch) => {
    setStatus({ state: 'saving' });
    try {
      await call('settings.update', { patch });
      setIssues({});
      setStatus({ state: 'saved', at: Date.now() });
      return true;
    } catch (error) {
      const found = error instanceof ContractCallError ? fieldIssues(error.error.issues) : {};
      setIssues(found);
      const message = Object.keys(found).length > 0 ? 'Not saved — fix the highlighted fields.' : `Not saved: ${userMessage(error)}`;
      setStatus({ state: 'error', message });
      return false;
    }
  }, []);

  const reject = useCallback((found: FieldIssues) => {
    setIssues(found);
    setStatus({ state: 'error', message: 'Not saved — fix the highlighted fields.' });
  }, []);

  return { status, issues, save, reject };
}
