import { useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { SettingField } from './SettingField';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

/** No notifications between start and end (they wait until the quiet hours end). */
export function QuietHoursSection({ settings }: { settings: Settings }) {
  const [enabled, setEnabled] = useState(settings.quietHours.enabled);
  const [start, setStart] = useState(settings.quietHours.start);
  const [end, setEnd] = useState(settings.quietHours.end);
  const { status, issues, save } = useSectionSave();

  return (
    <SettingsSection title="Quiet hours" description="Reminders that fall due during quiet hours wait until they end. Times are in your time zone." status={status} onSubmit={() => void save({ quietHours: { enabled, start, end } })}>
      <label className="check-row">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Hold notifications during quiet hours
      </label>
      <div className="field-row">
        <SettingField label="Quiet from" type="time" value={start} onChange={setStart} error={issues['quietHours.start']} />
        <SettingField label="Quiet until" type="time" value={end} onChange={setEnd} error={issues['quietHours.end']} />
      </div>
    </SettingsSection>
  );
}
