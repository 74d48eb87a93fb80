import { useEffect, useId, useState } from 'react';
import type { Settings, WorkLogReminderSetting } from '../../../shared/domain';
import { weekStartDay } from '../../../shared/worklog';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The select's value for "the first day of my work week" (the setting's null). */
const WORK_WEEK_START = 'start';

/** The optional weekly reminder to review and export last week's work-search log (saved on every change). */
export function WorkLogReminderSection({ settings }: { settings: Settings }) {
  const [reminder, setReminder] = useState(settings.workLogReminder);
  const { status, save } = useSectionSave();
  const selectId = useId();
  // Undo (or another window) changed it: show what is stored.
  const { enabled, weekday } = settings.workLogReminder;
  useEffect(() => setReminder({ enabled, weekday }), [enabled, weekday]);

  const change = async (next: WorkLogReminderSetting) => {
    const before = reminder;
    setReminder(next);
    if (!(await save({ workLogReminder: next }))) setReminder(before);
  };
  const firstDay = WEEKDAYS[weekStartDay(settings.workWeek) - 1];

  return (
    <SettingsSection
      title="Weekly work-search reminder"
      description="Once a week, from 9:00, a notification tells how many activities last week's work-search log has, so you can review and export it. Not shown in quiet hours or when notifications are off."
      status={status}
    >
      <label className="check-row">
        <input type="checkbox" checked={reminder.enabled} onChange={(e) => void change({ ...reminder, enabled: e.target.checked })} />
        Remind me to review my work-search log
      </label>
      <div className="setting-field">
        <label htmlFor={selectId}>Remind me on</label>
        <select
          id={selectId}
          value={reminder.weekday === null ? WORK_WEEK_START : String(reminder.weekday)}
          disabled={!reminder.enabled}
          onChange={(e) => void change({ ...reminder, weekday: e.target.value === WORK_WEEK_START ? null : Number(e.target.value) })}
        >
          <option value={WORK_WEEK_START}>The first day of my work week ({firstDay})</option>
          {WEEKDAYS.map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </SettingsSection>
  );
}
