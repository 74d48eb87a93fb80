import { useState } from 'react';
import type { CadenceSettings, Settings } from '../../../shared/domain';
import type { FieldIssues } from '../ui/field-issues';
import { parseNumber } from './parse-number';
import { SettingField } from './SettingField';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

type NumberKey = Exclude<keyof CadenceSettings, 'thankYouLatestTime' | 'checkInTime'>;

const NUMBER_FIELDS: { key: NumberKey; label: string; unit: string; hint: string; step?: number }[] = [
  { key: 'hearBackPromptDelayMinutes', label: 'Ask for the hear-back promise after', unit: 'minutes', hint: 'After an interview ends without a recorded promise.' },
  { key: 'thankYouDelayHours', label: 'Thank-you note due after', unit: 'hours', hint: 'Counted from the end of the interview.', step: 0.5 },
  { key: 'checkInBusinessDaysAfterPromise', label: 'Check in after the promised date', unit: 'business days', hint: 'Advice: 1–2 business days after the date they gave you.' },
  { key: 'checkInBusinessDaysWithoutPromise', label: 'Check in when no date was given', unit: 'business days', hint: 'Counted from the interview. Advice: about 5.' },
  { key: 'checkInRepeatDays', label: 'Repeat the check-in every', unit: 'days', hint: 'While there is still no answer.' },
  { key: 'maxCheckIns', label: 'Check-ins before proposing “ghosted”', unit: 'check-ins', hint: 'Advice: at most 2. Marking ghosted can be undone.' },
];

type Draft = Record<NumberKey, string> & Pick<CadenceSettings, 'thankYouLatestTime' | 'checkInTime'>;

function draftOf(cadence: CadenceSettings): Draft {
  const draft = { thankYouLatestTime: cadence.thankYouLatestTime, checkInTime: cadence.checkInTime } as Draft;
  for (const { key } of NUMBER_FIELDS) draft[key] = String(cadence[key]);
  return draft;
}

/** The defaults of the follow-up cadence: when thank-you notes and check-ins fall due. */
export function CadenceSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings.cadence));
  const { status, issues, save, reject } = useSectionSave();
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = () => {
    const cadence: Partial<CadenceSettings> = { thankYouLatestTime: draft.thankYouLatestTime, checkInTime: draft.checkInTime };
    const local: FieldIssues = {};
    for (const { key } of NUMBER_FIELDS) {
      const parsed = parseNumber(draft[key]);
      if ('issue' in parsed) local[`cadence.${key}`] = parsed.issue;
      else cadence[key] = parsed.value;
    }
    if (Object.keys(local).length > 0) return reject(local);
    void save({ cadence });
  };

  const numberField = ({ key, label, unit, hint, step }: (typeof NUMBER_FIELDS)[number]) => (
    <SettingField key={key} label={label} unit={unit} hint={hint} type="number" min={0} step={step ?? 1} value={draft[key]} onChange={(v) => set(key, v)} error={issues[`cadence.${key}`]} />
  );

  return (
    <SettingsSection title="Follow-up cadence" description="Defaults for every interview: when the thank-you note and the check-ins fall due. Business days skip your weekends and holidays." status={status} onSubmit={submit}>
      <div className="field-grid">
        {NUMBER_FIELDS.slice(0, 2).map(numberField)}
        <SettingField label="Thank-you note at the latest by" hint="On the next business day." type="time" value={draft.thankYouLatestTime} onChange={(v) => set('thankYouLatestTime', v)} error={issues['cadence.thankYouLatestTime']} />
        {NUMBER_FIELDS.slice(2, 4).map(numberField)}
        <SettingField label="Check-in reminder time" hint="Time of day a check-in falls due." type="time" value={draft.checkInTime} onChange={(v) => set('checkInTime', v)} error={issues['cadence.checkInTime']} />
        {NUMBER_FIELDS.slice(4).map(numberField)}
      </div>
    </SettingsSection>
  );
}
