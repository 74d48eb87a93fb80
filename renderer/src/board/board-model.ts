import { workplaceOf, type Application, type Stage, type Workplace } from '../../../shared/domain';

/** Where a card is being moved to, before the store confirms it. */
export interface PendingMove {
  stageId: string;
  /** Index among the other cards of the target stage. */
  toIndex: number;
}

/** '' = any workplace; 'unstated' = only applications whose workplace is not stated. */
export type WorkplaceFilter = '' | Workplace | 'unstated';

export interface BoardFilter {
  query: string;
  tag: string;
  workplace?: WorkplaceFilter;
}

/** Whether the filter hides anything. */
export const isFiltering = (filter: BoardFilter): boolean => filter.query.trim() !== '' || filter.tag !== '' || (filter.workplace ?? '') !== '';

/** One column's cards in board order: all of them, and those the filter lets through. */
export interface ColumnCards {
  stage: Stage;
  all: Application[];
  shown: Application[];
}

export const byPosition = (a: Application, b: Application): number => a.position - b.position || a.id.localeCompare(b.id);

/**
 * What the search looks in, lower-cased once per application version (records are replaced, never
 * mutated, on change): a kept posting can be tens of KB, and the filter runs on every keystroke.
 */
const searchTexts = new WeakMap<Application, string>();
function searchText(app: Application): string {
  let text = searchTexts.get(app);
  if (text === undefined) {
    text = [app.company, app.role, app.notes, app.posting?.text ?? '', ...app.tags].join('\n').toLowerCase();
    searchTexts.set(app, text);
  }
  return text;
}

export function matchesFilter(app: Application, filter: BoardFilter): boolean {
  if (filter.tag && !app.tags.includes(filter.tag)) return false;
  if (filter.workplace && (workplaceOf(app) ?? 'unstated') !== filter.workplace) return false;
  const query = filter.query.trim().toLowerCase();
  if (!query) return true;
  return searchText(app).includes(query);
}

/**
 * Columns in stage order with their cards sorted by position, after applying moves the store
 * has not confirmed yet (so a dropped card stays where it was dropped).
 */
export function buildColumns(stages: readonly Stage[], applications: readonly Application[], pending: ReadonlyMap<string, PendingMove>, filter: BoardFilter): ColumnCards[] {
  const byStage = new Map<string, Application[]>();
  for (const stage of stages) byStage.set(stage.id, []);
  const moved: { app: Application; move: PendingMove }[] = [];
  for (const app of applications) {
    const move = pending.get(app.id);
    if (move && byStage.has(move.stageId)) moved.push({ app, move });
    else byStage.get(app.stageId)?.push(app);
  }
  for (const list of byStage.values()) list.sort(byPosition);
  for (const { app, move } of moved) {
    const list = byStage.get(move.stageId);
    list?.splice(Math.min(move.toIndex, list.length), 0, { ...app, stageId: move.stageId });
  }
  const filtering = isFiltering(filter);
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const all = byStage.get(stage.id) ?? [];
      return { stage, all, shown: filtering ? all.filter((app) => matchesFilter(app, filter)) : all };
    });
}

/** Every tag in use, alphabetically, for the tag filter. */
export function allTags(applications: readonly Application[]): string[] {
  const tags = new Set<string>();
  for (const app of applications) for (const tag of app.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

/** "Acme — Engineer": how controls and announcements name a card. */
export const cardName = (app: Pick<Application, 'company' | 'role'>): string => `${app.company} — ${app.role}`;
