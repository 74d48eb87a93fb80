import { useState, type FormEvent } from 'react';
import { asksOwnNetwork, OwnNetworkChoice } from './OwnNetworkChoice';
import type { CalDavCalendar } from '../../../shared/contract';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

/**
 * Adds calendars of a CalDAV account (iCloud, Fastmail, Nextcloud, any server): first the account
 * (server, user name, app password) lists its calendars, then the user ticks the ones to read.
 */
export function CalDavForm() {
  const toasts = useToasts();
  const [serverUrl, setServerUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [calendars, setCalendars] = useState<CalDavCalendar[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ownNetworkAsked, setOwnNetworkAsked] = useState(false);
  const [ownNetwork, setOwnNetwork] = useState(false);
  const account = { serverUrl, username, password, ...(ownNetwork ? { ownNetwork: true } : {}) };

  const find = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { calendars: found } = await call('calendar.listCalDav', account);
      setCalendars(found);
      setChosen(new Set(found.length === 1 ? [found[0]!.url] : []));
    } catch (failure) {
      if (asksOwnNetwork(failure)) setOwnNetworkAsked(true);
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (!calendars) return;
    setBusy(true);
    setError(null);
    try {
      const state = await call('calendar.addCalDav', { ...account, calendars: calendars.filter((c) => chosen.has(c.url)) });
      const failing = state.sources.filter((s) => s.kind === 'caldav' && s.state === 'failing');
      toasts.show(
        failing.length > 0 ? { tone: 'warning', message: `Added, but ${failing.map((s) => `“${s.name}”`).join(', ')} could not be read yet.` } : { tone: 'success', message: `Added ${chosen.size} calendar${chosen.size === 1 ? '' : 's'}.` },
      );
      setCalendars(null);
      setPassword('');
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (url: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(url);
    else next.delete(url);
    setChosen(next);
  };

  return (
    <form className="settings-fields calendar-caldav" onSubmit={(e) => void find(e)} noValidate aria-label="Add a CalDAV account">
      <h3>CalDAV account</h3>
      <p className="muted">For iCloud use https://caldav.icloud.com and an app-specific password; Fastmail: https://caldav.fastmail.com; Nextcloud: your server’s /remote.php/dav.</p>
      <label className="field">
        Server address
        <input
          value={serverUrl}
          onChange={(e) => {
            setServerUrl(e.target.value);
            setOwnNetworkAsked(false);
            setOwnNetwork(false);
          }}
          placeholder="https://caldav.icloud.com"
          autoComplete="url"
        />
      </label>
      <label className="field">
        User name
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" />
      </label>
      <label className="field">
        App password
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {ownNetworkAsked && <OwnNetworkChoice checked={ownNetwork} onChange={setOwnNetwork} disabled={busy} />}
      {calendars === null ? (
        <div className="settings-actions">
          <button type="submit" className="button" disabled={busy || !serverUrl.trim() || !username.trim() || !password}>
            Find calendars
          </button>
        </div>
      ) : (
        <fieldset className="calendar-choice">
          <legend>Calendars to read</legend>
          {calendars.map((c) => (
            <label key={c.url} className="checkbox">
              <input type="checkbox" checked={chosen.has(c.url)} onChange={(e) => toggle(c.url, e.target.checked)} /> {c.name}
            </label>
          ))}
          <div className="settings-actions">
            <button type="button" className="button primary" onClick={() => void add()} disabled={busy || chosen.size === 0}>
              Add chosen calendars
            </button>
            <button type="button" className="button" onClick={() => setCalendars(null)} disabled={busy}>
              Back
            </button>
          </div>
        </fieldset>
      )}
    </form>
  );
}
