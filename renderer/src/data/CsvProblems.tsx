import type { z } from 'zod';
import type { ImportProblemSchema } from '../../../shared/contract/methods/data';

type Problem = z.infer<typeof ImportProblemSchema>;
const SHOWN = 30;

/** What could not be read, by spreadsheet row and by the file's own column name. Rows with a company are still imported. */
export function CsvProblems({ problems, total }: { problems: readonly Problem[]; total: number }) {
  if (problems.length === 0) return null;
  const skipped = problems.filter((p) => p.effect === 'row-skipped').length;
  return (
    <div className="csv-problems">
      <h3>
        {total} {total === 1 ? 'thing' : 'things'} to check
        {skipped > 0 ? ` — ${skipped} ${skipped === 1 ? 'row is' : 'rows are'} skipped, the rest are imported` : ' — every row is still imported'}
      </h3>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <strong>Row {p.row}</strong>
            {p.column ? ` · ${p.column}` : ''}: {p.message}
          </li>
        ))}
        {total > SHOWN && <li className="muted">…and {total - SHOWN} more.</li>}
      </ul>
    </div>
  );
}
