import type { CsvPreviewResponse } from '../../../shared/contract/methods/data';

interface Props {
  preview: Pick<CsvPreviewResponse, 'stageValues' | 'boardStages' | 'mapping'>;
  stageColumn: string;
  /** The user's choices so far (shown at once, before the next preview arrives). */
  chosen: Readonly<Record<string, string>>;
  onChoose: (value: string, stageId: string) => void;
}

const HOW: Record<CsvPreviewResponse['stageValues'][number]['how'], string> = {
  name: 'same name',
  meaning: 'matched by meaning',
  unknown: 'not recognised — check',
  chosen: 'your choice',
};

/** Each distinct value of the file's stage column, with the board stage its rows go to (changeable). */
export function CsvStageMapping({ preview, stageColumn, chosen, onChoose }: Props) {
  if (preview.mapping.stage === undefined || preview.stageValues.length === 0) return null;
  return (
    <section className="stage-mapping" aria-labelledby="stage-mapping-title">
      <h3 id="stage-mapping-title">Stages</h3>
      <p className="muted">Where the rows go, by their “{stageColumn}” value. Change any before importing.</p>
      <table className="preview-table">
        <thead>
          <tr>
            <th scope="col">In your file</th>
            <th scope="col">Rows</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {preview.stageValues.map((entry) => {
            const label = entry.value || '(empty)';
            return (
              <tr key={entry.value} className={entry.how === 'unknown' ? 'needs-check' : undefined}>
                <th scope="row">{label}</th>
                <td>{entry.rows}</td>
                <td>
                  <select aria-label={`Stage for “${label}”`} value={chosen[entry.value] ?? entry.stageId} onChange={(e) => onChoose(entry.value, e.target.value)}>
                    {preview.boardStages.map((stage) => (
                      <option key={stage.id} value={stage.id}>
                        {stage.name}
                      </option>
                    ))}
                  </select>{' '}
                  <span className="muted stage-how">{HOW[entry.how]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
