import { useState } from 'react';
import type { SyncView } from '../../../shared/contract';
import { call, userMessage } from '../contract';
import { SettingsSection } from '../settings/SettingsSection';
import { formatInstant } from '../ui/format-time';
import { JoinForm, SetUpForm, SetupCodePanel } from './SyncForms';
import { syncStatusLine } from './sync-status-text';
import { useSyncView } from './useSyncView';
import './sync.css';

/** Settings → Sync: set up or join, then the status, this computer's role, the next computer's code, leaving. */
export function SyncSection({ zone }: { zone: string }) {
  const { view, setView } = useSyncView();
  const [message, setMessage] = useState('');
  const [name, setName] = useState<string | null>(null);
  if (view === null) return null;
  const line = syncStatusLine(view, (ms) => formatInstant(new Date(ms).toISOString(), zone));
  const act = async (run: () => Promise<SyncView>, done: string) => {
    try {
      setView(await run());
      setMessage(done);
    } catch (error) {
      setMessage(userMessage(error));
    }
  };
  // Set up or joined: what was said about the last connection ("no longer syncs…") is over.
  const connected = (next: SyncView) => {
    setView(next);
    setMessage('');
  };
  const c = view.connection;
  return (
    <SettingsSection
      title="Sync"
      status={{ state: 'idle' }}
      description="Keep the same job search on every computer through your own CouchDB server. Changes wait on each computer while it is offline and meet when it is back. Passwords, mail and calendar settings stay on each computer."
    >
      <p className={`test-result sync-line ${line.tone}`} role="status" aria-label={`Sync status: ${line.text}`}>
        {line.text}
      </p>
      {c === null ? (
        <div className="sync-columns">
          <SetUpForm onDone={connected} defaultName="Desktop" />
          <JoinForm onDone={connected} defaultName="Laptop" />
        </div>
      ) : (
        <>
          <dl className="sync-facts">
            <dt>Server</dt>
            <dd>{c.serverUrl}</dd>
            <dt>Database</dt>
            <dd>{c.database}</dd>
            <dt>Records</dt>
            <dd>{c.encrypted ? 'Encrypted end to end' : 'Sent as they are (the connection’s own encryption applies)'}</dd>
          </dl>
          <form
            className="sync-inline"
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => call('sync.setDeviceName', { name: name ?? c.deviceName }), 'Saved this computer’s name.');
            }}
          >
            <label htmlFor="sync-device-name">This computer’s name</label>
            <input id="sync-device-name" value={name ?? c.deviceName} maxLength={80} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button small">
              Save name
            </button>
          </form>
          <label className="check-row">
            <input
              type="checkbox"
              checked={c.reminderComputer}
              aria-describedby="sync-reminder-computer-hint"
              onChange={(e) => void act(() => call('sync.setReminderComputer', { on: e.target.checked }), e.target.checked ? 'This computer is now the reminder computer.' : 'This computer no longer shows reminders while offline.')}
            />
            Show reminders from this computer while it is offline (the reminder computer)
          </label>
          <p id="sync-reminder-computer-hint" className="setting-hint">
            {c.reminderComputer
              ? 'One computer is the reminder computer; ticking it on another moves the role there.'
              : c.reminderComputerName
                ? `The reminder computer is ${c.reminderComputerName}. While offline, this computer lists reminders without notifying.`
                : 'No computer is the reminder computer: while offline, computers list reminders without notifying.'}
          </p>
          <SetupCodePanel encrypted={c.encrypted} />
          <div className="test-row">
            <button type="button" className="button" onClick={() => void act(() => call('sync.leave', {}), 'This computer no longer syncs; its data stays here and on the server.')}>
              Leave sync on this computer
            </button>
          </div>
        </>
      )}
      <p className="muted" role="status">
        {message}
      </p>
    </SettingsSection>
  );
}
