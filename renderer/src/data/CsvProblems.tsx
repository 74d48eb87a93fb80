import type { z } from 'zod';
import type { ImportProblemSchema } from '../../../shared/contract/methods/data';
import { FIELD_LABELS } from './importFields';

type Problem = z.infer<typeof ImportProblemSchema>;
const SHOWN = 30;

/** Rows that will be skipped, by line number, with the reason. */
export function CsvProblems({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="csv-problems">
      <h3>
        {problems.length} {problems.length === 1 ? 'problem' : 'problems'} — these rows will be skipped unless you fix the file or the columns
      </h3>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <strong>Line {p.line}</strong>
            {p.field ? ` · ${FIELD_LABELS[p.field]}` : ''}: {p.message.replace(/^Line \d+:\s*/i, '')}
          </li>
        ))}
        {problems.length > SHOWN && <li className="muted">…and {problems.length - SHOWN} more.</li>}
      </ul>
    </div>
  );
}
