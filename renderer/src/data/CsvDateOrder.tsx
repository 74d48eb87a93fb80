import type { CsvPreviewResponse } from '../../../shared/contract/methods/data';

type DayOrder = CsvPreviewResponse['dates']['order'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `11/10/2026` read in one order, written unambiguously ("10 Nov 2026"). */
function readAs(example: string, order: DayOrder): string {
  const parts = example.split(/[/.\-\s]+/);
  const [a, b, y] = [Number(parts[0]), Number(parts[1]), parts[2] ?? ''];
  const [month, day] = order === 'mdy' ? [a, b] : [b, a];
  const year = y.length === 2 ? `20${y}` : y;
  return `${day} ${MONTHS[month - 1] ?? '?'} ${year}`;
}

/** One choice for the whole file, shown only when its dates could be read either way. */
export function CsvDateOrder({ dates, onChoose }: { dates: CsvPreviewResponse['dates']; onChoose: (order: DayOrder) => void }) {
  if (dates.examples.length === 0) return null;
  const example = dates.examples[0] ?? '';
  return (
    <fieldset className="date-order">
      <legend>How are dates written in this file?</legend>
      {dates.ambiguous && <p className="muted">Dates such as {dates.examples.join(', ')} can be read two ways.</p>}
      {(['mdy', 'dmy'] as const).map((order) => (
        <label key={order}>
          <input type="radio" name="day-order" checked={dates.order === order} onChange={() => onChoose(order)} />
          {order === 'mdy' ? 'Month first' : 'Day first'} — {example} is {readAs(example, order)}
        </label>
      ))}
    </fieldset>
  );
}
