import type { Application } from './application';
import type { FollowUp } from './follow-up';
import type { HistoryEvent } from './history';
import type { Interview } from './interview';
import type { Settings } from './settings';
import type { Stage } from './stage';
import type { WorkSearchActivity } from './work-search';

/** Everything the user keeps, whole: what a backup is built from and what an import replaces the data with. */
export interface AllData {
  stages: readonly Stage[];
  settings: Settings;
  applications: readonly Application[];
  interviews: readonly Interview[];
  followUps: readonly FollowUp[];
  history: readonly HistoryEvent[];
  /** The work-search log's manual entries and edits; absent means none. */
  workSearchActivities?: readonly WorkSearchActivity[];
}
