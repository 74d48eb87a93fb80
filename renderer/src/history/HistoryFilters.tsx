import { useId } from 'react';
import type { Application } from '../../../shared/domain';
import { HistoryEntitySchema, HistoryKindSchema } from '../../../shared/domain';
import { EMPTY_FILTER, ENTITY_LABELS, isFiltered, KIND_LABELS, type HistoryFilter } from './historyFilter';

interface Props {
  filter: HistoryFilter;
  applications: readonly Application[];
  onChange: (filter: HistoryFilter) => void;
}

/** Date range, application and kind of event; every control applies at once. */
export function HistoryFilters({ filter, applications, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof HistoryFilter>(key: K, value: HistoryFilter[K]) => onChange({ ...filter, [key]: value });
  const sorted = [...applications].sort((a, b) => a.company.localeCompare(b.company) || a.role.localeCompare(b.role));
  return (
    <form className="history-filters" role="search" aria-label="Filter history" onSubmit={(e) => e.preventDefault()}>
      <div className="filter">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={filter.fromDate} max={filter.toDate || undefined} onChange={(e) => set('fromDate', e.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={filter.toDate} min={filter.fromDate || undefined} onChange={(e) => set('toDate', e.target.value)} />
      </div>
      <div className="filter grow">
        <label htmlFor={`${id}-application`}>Application</label>
        <select id={`${id}-application`} value={filter.applicationId} onChange={(e) => set('applicationId', e.target.value)}>
          <option value="">All applications</option>
          {sorted.map((a) => (
            <option key={a.id} value={a.id}>
              {a.company} — {a.role}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-entity`}>About</label>
        <select id={`${id}-entity`} value={filter.entity} onChange={(e) => set('entity', HistoryEntitySchema.safeParse(e.target.value).data ?? '')}>
          <option value="">Everything</option>
          {HistoryEntitySchema.options.map((entity) => (
            <option key={entity} value={entity}>
              {ENTITY_LABELS[entity]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-kind`}>Event</label>
        <select id={`${id}-kind`} value={filter.kind} onChange={(e) => set('kind', HistoryKindSchema.safeParse(e.target.value).data ?? '')}>
          <option value="">Any event</option>
          {HistoryKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filter) && (
        <button type="button" className="button small clear-filters" onClick={() => onChange(EMPTY_FILTER)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
