import { useState } from 'react';
import type { Settings } from '../../../shared/domain';
import { call, isBrowserMode, userMessage } from '../contract';
import { SettingsSection } from './SettingsSection';
import { useSectionSave } from './useSectionSave';

type TestState = { state: 'idle' } | { state: 'sending' } | { state: 'done'; message: string; tone: 'ok' | 'warn' | 'error' };

async function browserPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!('Notification' in window)) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return 'denied';
  }
}

/** Notifications on/off, launch at login, and a test notification through the real path. */
export function NotificationsSection({ settings }: { settings: Settings }) {
  const [enabled, setEnabled] = useState(settings.notificationsEnabled);
  const [launch, setLaunch] = useState(settings.launchAtLogin);
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const { status, save } = useSectionSave();

  const toggle = async (value: boolean, set: (v: boolean) => void, patch: Partial<Settings>) => {
    set(value);
    if (!(await save(patch))) set(!value);
  };

  const sendTest = async () => {
    setTest({ state: 'sending' });
    const permission = isBrowserMode ? await browserPermission() : 'granted';
    try {
      const result = await call('notifications.test', {});
      if (isBrowserMode && permission === 'granted') new Notification('Hearback test notification', { body: 'Reminders will look like this.', tag: 'hearback-test' });
      const blocked = permission !== 'granted';
      const message = blocked
        ? 'Sent, but this browser blocks notifications for Hearback — allow them in the site settings. Reminders still appear inside the app.'
        : `Test notification sent (${result.via}). If you don't see it, check your system's notification settings.`;
      setTest({ state: 'done', message, tone: blocked ? 'warn' : 'ok' });
    } catch (error) {
      setTest({ state: 'done', message: `The test notification failed: ${userMessage(error)}`, tone: 'error' });
    }
  };

  return (
    <SettingsSection title="Notifications and startup" description="Changes here are saved at once." status={status}>
      <label className="check-row">
        <input type="checkbox" checked={enabled} onChange={(e) => void toggle(e.target.checked, setEnabled, { notificationsEnabled: e.target.checked })} />
        Show desktop notifications for due follow-ups
      </label>
      <label className="check-row">
        <input type="checkbox" checked={launch} onChange={(e) => void toggle(e.target.checked, setLaunch, { launchAtLogin: e.target.checked })} />
        Open Hearback when I log in{isBrowserMode ? ' (applies to the desktop app)' : ''}
      </label>
      <div className="test-row">
        <button type="button" className="button" onClick={() => void sendTest()} disabled={test.state === 'sending'}>
          {test.state === 'sending' ? 'Sending…' : 'Send a test notification'}
        </button>
        <p className={`test-result ${test.state === 'done' ? test.tone : ''}`} role="status">
          {test.state === 'done' ? test.message : ''}
        </p>
      </div>
    </SettingsSection>
  );
}
