import { z } from 'zod';
import type { WorkSearchWeekNotice } from '../../../shared/contract/events';
import { LocalDateSchema, type Settings } from '../../../shared/domain';
import { weeklyReminderDue, weeklyReminderText, type DateRange } from '../../../shared/worklog';
import { LocalStateFile } from '../data-folder/local-state';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import type { StoreFs } from '../store/store-fs';

/**
 * The weekly work-search reminder, looked at on every scheduler check (shared/worklog/weekly-reminder.ts
 * decides when). Which week it was last shown for is this computer's own state, in
 * `worklog-reminder.json` beside the store — not a record, not the journal (nothing to undo);
 * with sync, `show` claims the week first, so one computer shows it (sync/engine/claims.ts):
 *
 * | recording "shown for week X"      | what happens                                                 |
 * |-----------------------------------|--------------------------------------------------------------|
 * | succeeds                          | shown; a restart the same week does not show it again        |
 * | fails (full disk, read-only)      | shown anyway, remembered in memory: this session shows it once |
 * | the file is damaged               | kept aside (local-state.ts); the reminder may show once more |
 */

export const WORK_LOG_REMINDER_FILE = 'worklog-reminder';

const WorkLogReminderFileSchema = z
  .object({
    version: z.literal(1),
    /** The first day of the last week the reminder was shown for. */
    shownForWeek: LocalDateSchema.nullable(),
  })
  .strict();

export interface WorkLogReminderDeps {
  dataDir: string;
  engine?: DurableLocalStateEngine;
  fs?: StoreFs;
  settings: () => Settings;
  zone: () => string;
  /** Activities counted in the log for `week`. */
  count: (week: DateRange) => number;
  /** Shows it (the app's event and the host's notifier). */
  show: (notice: WorkSearchWeekNotice) => void;
  warn: (message: string, meta?: Record<string, unknown>) => void;
}

export interface WorkLogReminder {
  check(nowMs: number): void;
  /** A damaged file set aside, in plain words; null when all was well. */
  readonly problem: string | null;
}

export function createWorkLogReminder(deps: WorkLogReminderDeps): WorkLogReminder {
  const file = new LocalStateFile({
    dir: deps.dataDir,
    name: WORK_LOG_REMINDER_FILE,
    schema: WorkLogReminderFileSchema,
    empty: () => ({ version: 1 as const, shownForWeek: null }),
    ...(deps.engine ? { engine: deps.engine } : {}),
    ...(deps.fs ? { fs: deps.fs } : {}),
  });
  /** Shown this session (its record may have failed). */
  let shownThisSession: string | null = null;

  return {
    get problem() {
      return file.problem;
    },
    check(nowMs) {
      const settings = deps.settings();
      const shown = shownThisSession ?? file.value.shownForWeek;
      const week = weeklyReminderDue(nowMs, settings, deps.zone(), shown);
      if (week === null) return;
      shownThisSession = week.from;
      try {
        file.save({ version: 1, shownForWeek: week.from });
      } catch (error) {
        deps.warn('The weekly work-search reminder could not be recorded; shown anyway', { reason: String(error) });
      }
      const count = deps.count(week);
      deps.show({ week, count, ...weeklyReminderText(count) });
    },
  };
}
