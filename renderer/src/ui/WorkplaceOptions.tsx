import { WORKPLACE_LABELS, WORKPLACES } from '../../../shared/domain';

/** The workplace choices of a `<select>`: "not stated" (value "") first, then remote, hybrid, on site. */
export function WorkplaceOptions({ emptyLabel = 'Not stated' }: { emptyLabel?: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {WORKPLACES.map((w) => (
        <option key={w} value={w}>
          {WORKPLACE_LABELS[w]}
        </option>
      ))}
    </>
  );
}
