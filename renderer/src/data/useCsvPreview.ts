import { useEffect, useState } from 'react';
import type { ColumnMappingRequest, CsvPreviewResponse } from '../../../shared/contract/methods/data';
import type { CsvPreset } from '../../../shared/import/csv-mapping';
import { call, userMessage } from '../contract';

export type PreviewState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; preview: CsvPreviewResponse } | { status: 'error'; message: string };

/** `import.previewCsv` for the current text, preset and mapping (nothing is written). */
export function useCsvPreview(csv: string | null, preset: CsvPreset, mapping: ColumnMappingRequest | undefined): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const key = JSON.stringify(mapping ?? null);
  useEffect(() => {
    if (csv === null) return setState({ status: 'idle' });
    let live = true;
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    const parsed = JSON.parse(key) as ColumnMappingRequest | null;
    call('import.previewCsv', { csv, preset, ...(parsed ? { mapping: parsed } : {}) }).then(
      (preview) => live && setState({ status: 'ready', preview }),
      (error: unknown) => live && setState({ status: 'error', message: userMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [csv, preset, key]);
  return state;
}
