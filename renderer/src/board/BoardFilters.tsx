import { WorkplaceOptions } from '../ui/WorkplaceOptions';
import { isFiltering, type BoardFilter, type WorkplaceFilter } from './board-model';

interface Props {
  filter: BoardFilter;
  tags: readonly string[];
  showArchived: boolean;
  onFilter(filter: BoardFilter): void;
  onShowArchived(show: boolean): void;
}

/** Search, tag, workplace and "show archived" above the board. */
export function BoardFilters({ filter, tags, showArchived, onFilter, onShowArchived }: Props) {
  const filtering = isFiltering(filter);
  return (
    <div className="board-filters" role="search" aria-label="Filter the board">
      <label className="filter-field">
        <span className="visually-hidden">Search applications</span>
        <input type="search" placeholder="Search company, role, notes, tags, posting text" value={filter.query} onChange={(e) => onFilter({ ...filter, query: e.target.value })} maxLength={200} />
      </label>
      <label className="filter-field">
        <span className="filter-label">Tag</span>
        <select value={filter.tag} onChange={(e) => onFilter({ ...filter, tag: e.target.value })} disabled={tags.length === 0 && filter.tag === ''}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="filter-label">Workplace</span>
        <select value={filter.workplace ?? ''} onChange={(e) => onFilter({ ...filter, workplace: e.target.value as WorkplaceFilter })}>
          <WorkplaceOptions emptyLabel="Any" />
          <option value="unstated">Not stated</option>
        </select>
      </label>
      <label className="filter-check">
        <input type="checkbox" checked={showArchived} onChange={(e) => onShowArchived(e.target.checked)} />
        Show archived
      </label>
      {filtering && (
        <button type="button" className="button small" onClick={() => onFilter({ query: '', tag: '' })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
