import { useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { SettingField } from './SettingField';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

/** The name that signs drafts and introduces phone calls (empty: drafts go unsigned). */
export function YourNameSection({ settings }: { settings: Settings }) {
  // `?? ''`: settings restored from history written before the setting existed may lack it.
  const [name, setName] = useState(settings.userName ?? '');
  const { status, issues, save } = useSectionSave();

  return (
    <SettingsSection
      title="Your name"
      description="Drafts are signed with it, and phone scripts start with it. Leave it empty to sign them yourself: drafts then end with “Best regards,” and nothing to fill in."
      status={status}
      onSubmit={() => void save({ userName: name.trim() })}
    >
      <SettingField
        label="Your name"
        hint="As you sign emails, for example “Sam Lee”. Used in “Best regards, Sam Lee” and “Hi, this is Sam Lee.”"
        type="text"
        value={name}
        onChange={setName}
        maxLength={100}
        autoComplete="name"
        error={issues['userName']}
      />
    </SettingsSection>
  );
}
