import { useEffect, useState } from 'react';
import type { CsvImportRequest, CsvPreviewResponse } from '../../../shared/contract/methods/data';
import { call, userMessage } from '../contract';

export type PreviewState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; preview: CsvPreviewResponse } | { status: 'error'; message: string };

/** What the user chose in the mapping step; anything left out is guessed from the file. */
export type CsvChoices = Pick<CsvImportRequest, 'preset' | 'mapping' | 'dayOrder' | 'stageMap'>;

/** `import.previewCsv` for the current text and choices (nothing is written). */
export function useCsvPreview(csv: string | null, choices: CsvChoices): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  // One string key, so a new but equal choices object does not ask again.
  const key = JSON.stringify(choices);
  useEffect(() => {
    if (csv === null) return setState({ status: 'idle' });
    let live = true;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    const request = JSON.parse(key) as CsvChoices;
    call('import.previewCsv', { csv, ...request }).then(
      (preview) => live && setState({ status: 'ready', preview }),
      (error: unknown) => live && setState({ status: 'error', message: userMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [csv, key]);
  return state;
}
