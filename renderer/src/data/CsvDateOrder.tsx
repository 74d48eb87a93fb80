import type { CsvPreviewResponse } from '../../../shared/contract/methods/data';
import { formatLocalDate } from '../ui/format-time';

type DayOrder = CsvPreviewResponse['dates']['order'];

/** One choice for the whole file, shown when its dates could be read either way, with one of them read both ways. */
export function CsvDateOrder({ dates, onChoose }: { dates: CsvPreviewResponse['dates']; onChoose: (order: DayOrder) => void }) {
  const [example] = dates.examples;
  if (!example) return null;
  const readings: Record<DayOrder, { label: string; instant: string }> = {
    mdy: { label: 'Month first', instant: example.monthFirst },
    dmy: { label: 'Day first', instant: example.dayFirst },
  };
  return (
    <fieldset className="date-order">
      <legend>How are dates written in this file?</legend>
      {dates.ambiguous && <p className="muted">Dates such as {dates.examples.map((e) => e.written).join(', ')} can be read two ways.</p>}
      {(['mdy', 'dmy'] as const).map((order) => (
        <label key={order}>
          <input type="radio" name="day-order" checked={dates.order === order} onChange={() => onChoose(order)} />
          {readings[order].label} — {example.written} is {formatLocalDate(readings[order].instant.slice(0, 10))}
        </label>
      ))}
    </fieldset>
  );
}
