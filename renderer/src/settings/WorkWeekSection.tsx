import { useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { issueSentence } from '../ui/field-issues';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Which days count as business days, and the dates that don't (saved on every change). */
export function WorkWeekSection({ settings }: { settings: Settings }) {
  const [workWeek, setWorkWeek] = useState(settings.workWeek);
  const [holidays, setHolidays] = useState(settings.holidays);
  const [newDate, setNewDate] = useState('');
  const { status, issues, save, reject } = useSectionSave();

  const toggleDay = async (day: number, on: boolean) => {
    const next = on ? [...workWeek, day].sort((a, b) => a - b) : workWeek.filter((d) => d !== day);
    if (next.length === 0) return reject({ workWeek: 'needs at least one working day' });
    const previous = workWeek;
    setWorkWeek(next);
    if (!(await save({ workWeek: next }))) setWorkWeek(previous);
  };

  const saveHolidays = async (next: string[]) => {
    const previous = holidays;
    setHolidays(next);
    const ok = await save({ holidays: next });
    if (!ok) setHolidays(previous);
    return ok;
  };

  const addHoliday = async () => {
    if (newDate === '') return reject({ holidays: 'pick a date first' });
    if (holidays.includes(newDate)) return reject({ holidays: `${newDate} is already in the list` });
    if (await saveHolidays([...holidays, newDate].sort())) setNewDate('');
  };

  const holidayIssue = issues['holidays'] ?? Object.entries(issues).find(([path]) => path.startsWith('holidays.'))?.[1];

  return (
    <SettingsSection title="Work week and holidays" description="Check-ins are counted in business days: your working days minus these holidays. Changes are saved at once." status={status}>
      <fieldset className="weekdays">
        <legend>Working days</legend>
        {WEEKDAYS.map((name, index) => (
          <label key={name} className="weekday">
            <input type="checkbox" aria-label={name} checked={workWeek.includes(index + 1)} onChange={(e) => void toggleDay(index + 1, e.target.checked)} />
            <span aria-hidden="true">{name.slice(0, 3)}</span>
          </label>
        ))}
      </fieldset>
      {issues['workWeek'] && <p className="field-error">{issueSentence('Working days', issues['workWeek'])}</p>}
      <div className="holidays">
        <div className="holiday-add">
          <label htmlFor="holiday-date">Add a holiday</label>
          <div className="setting-input">
            <input id="holiday-date" type="date" value={newDate} onChange={(e) => setNewDate(e.target.value)} aria-invalid={holidayIssue ? true : undefined} />
            <button type="button" className="button" onClick={() => void addHoliday()}>
              Add holiday
            </button>
          </div>
        </div>
        {holidayIssue && <p className="field-error">Holidays: {holidayIssue}</p>}
        {holidays.length === 0 ? (
          <p className="muted">No holidays yet. Add the public holidays and days off when no one will answer.</p>
        ) : (
          <ul className="holiday-list" aria-label="Holidays">
            {holidays.map((date) => (
              <li key={date}>
                <time dateTime={date}>{formatDate(date)}</time>
                <button type="button" className="icon-button" aria-label={`Remove holiday ${formatDate(date)}`} onClick={() => void saveHolidays(holidays.filter((d) => d !== date))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SettingsSection>
  );
}

function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(undefined, { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
}
