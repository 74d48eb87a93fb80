import { useMemo, useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { issueSentence } from '../ui/field-issues';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

/** Follow the operating system's zone, or pin one (saved on change). */
export function TimeZoneSection({ settings, effectiveTimeZone }: { settings: Settings; effectiveTimeZone: string }) {
  const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all = useMemo(zones, []);
  const [zone, setZone] = useState<string | null>(settings.timeZone);
  const [picked, setPicked] = useState(settings.timeZone ?? systemZone);
  const { status, issues, save } = useSectionSave();

  const apply = async (next: string | null) => {
    const previous = zone;
    setZone(next);
    if (next) setPicked(next);
    if (!(await save({ timeZone: next }))) setZone(previous);
  };

  return (
    <SettingsSection
      title="Time zone"
      description={`Reminders and business days are computed in this zone. Now using ${effectiveTimeZone}.`}
      status={status}
    >
      <fieldset className="radio-group">
        <legend className="visually-hidden">Time zone source</legend>
        <label className="check-row">
          <input type="radio" name="tz-mode" checked={zone === null} onChange={() => void apply(null)} />
          Follow the system ({systemZone})
        </label>
        <label className="check-row">
          <input type="radio" name="tz-mode" checked={zone !== null} onChange={() => void apply(picked)} />
          Always use a specific zone
        </label>
      </fieldset>
      <div className="setting-field">
        <label htmlFor="tz-select">Time zone</label>
        <select id="tz-select" value={zone ?? picked} disabled={zone === null} onChange={(e) => void apply(e.target.value)} aria-invalid={issues['timeZone'] ? true : undefined}>
          {(all.includes(picked) ? all : [picked, ...all]).map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      {issues['timeZone'] && <p className="field-error">{issueSentence('Time zone', issues['timeZone'])}</p>}
    </SettingsSection>
  );
}
