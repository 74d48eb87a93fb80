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

/**
 * Follow the zone of the computer Hearback runs on, or pin one (saved on change).
 *
 * One zone: the app's zone is the core's (`effectiveTimeZone`: the pinned zone, else the zone of
 * the computer running the core). The browser's own zone is never shown or used — in browser mode
 * it may differ from the core's, and then this page would contradict every time on screen.
 * | setting   | "Follow this computer's zone" reads        | the list shows        |
 * |-----------|--------------------------------------------|-----------------------|
 * | following | "… (<effective zone>)", checked            | the effective zone    |
 * | pinned    | "…" without a name (it is not in use)     | the pinned zone       |
 */
export function TimeZoneSection({ settings, effectiveTimeZone }: { settings: Settings; effectiveTimeZone: string }) {
  const all = useMemo(zones, []);
  const [zone, setZone] = useState<string | null>(settings.timeZone);
  const [picked, setPicked] = useState(settings.timeZone ?? effectiveTimeZone);
  const { status, issues, save } = useSectionSave();

  const apply = async (next: string | null) => {
    const previous = zone;
    setZone(next);
    if (next) setPicked(next);
    if (!(await save({ timeZone: next }))) setZone(previous);
  };

  return (
    <SettingsSection title="Time zone" description={`Reminders and business days are computed in this zone. Now using ${effectiveTimeZone}.`} status={status}>
      <fieldset className="radio-group">
        <legend className="visually-hidden">Time zone source</legend>
        <label className="check-row">
          <input type="radio" name="tz-mode" checked={zone === null} onChange={() => void apply(null)} />
          {zone === null ? `Follow this computer’s zone (${effectiveTimeZone.replaceAll('_', ' ')})` : 'Follow this computer’s zone'}
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
