import { useState, type FormEvent } from 'react';
import { RECENT_PAST_DAYS } from '../../../shared/calendar/recent-past';
import type { CalendarSourceStatus } from '../../../shared/contract';
import { CalDavForm } from '../calendar/CalDavForm';
import { asksOwnNetwork, OwnNetworkChoice } from '../calendar/OwnNetworkChoice';
import { useCalendarState } from '../calendar/useCalendarState';
import { call, userMessage } from '../contract';
import { useContractQuery } from '../contract/useContractQuery';
import { formatInstant } from '../ui/format-time';
import { useToasts } from '../ui/toasts';

/**
 * Settings → Calendars: ICS feeds Hearback reads (every 15 minutes, on wake and on "Check now"),
 * each with its status. The address is a secret: a password field, never shown again.
 */
export function CalendarSection({ zone }: { zone: string }) {
  const { state } = useCalendarState();
  const info = useContractQuery('app.info', {}).state;
  const toasts = useToasts();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ownNetworkAsked, setOwnNetworkAsked] = useState(false);
  const [ownNetwork, setOwnNetwork] = useState(false);
  const all = state.status === 'ready' ? state.data.sources : [];
  const sources = all.filter((s) => s.kind !== 'file');
  const dropped = all.filter((s) => s.kind === 'file');
  const secretsNote = info.status === 'ready' ? info.data.secretsNote : null;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const after = await call('calendar.addFeed', { name: name.trim() || 'My calendar', url, ...(ownNetwork ? { ownNetwork: true } : {}) });
      const added = after.sources.at(-1);
      setName('');
      setUrl('');
      setOwnNetworkAsked(false);
      setOwnNetwork(false);
      toasts.show(added?.state === 'failing' ? { tone: 'warning', message: `Added “${added.name}”, but it could not be read: ${added.message ?? ''}` } : { tone: 'success', message: `Added “${added?.name ?? 'calendar'}”.` });
    } catch (failure) {
      if (asksOwnNetwork(failure)) setOwnNetworkAsked(true);
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section panel" aria-labelledby="calendars-heading">
      <h2 id="calendars-heading">Calendars</h2>
      <p className="settings-description">
        Hearback reads your calendar for interview invitations and offers them on Today. Paste a calendar’s private address in iCal format, or connect a CalDAV account (Google: Settings → “Secret address in iCal format”; Outlook: Publish
        calendar → ICS; iCloud: Share → Public calendar). It checks every 15 minutes. You can also drop an invitation (.ics) anywhere on the window.
      </p>
      {sources.length > 0 && (
        <ul className="calendar-sources" aria-label="Your calendars">
          {sources.map((s) => (
            <SourceRow key={s.id} source={s} zone={zone} />
          ))}
        </ul>
      )}
      <form className="settings-fields" onSubmit={(e) => void add(e)} noValidate aria-label="Add a calendar feed">
        <label className="field">
          Calendar name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder="Work (Google)" />
        </label>
        <label className="field">
          Private address (iCal / webcal)
          <input
            type="password"
            autoComplete="off"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setOwnNetworkAsked(false);
              setOwnNetwork(false);
            }}
            placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
            aria-describedby="calendar-secret-note"
          />
        </label>
        <p id="calendar-secret-note" className="muted">
          The address is private, like a password: it is never shown again or logged. {secretsNote ?? 'It is kept encrypted on this computer.'}
        </p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {ownNetworkAsked && <OwnNetworkChoice checked={ownNetwork} onChange={setOwnNetwork} disabled={busy} />}
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={busy || url.trim() === ''}>
            Add calendar
          </button>
        </div>
      </form>
      <CalDavForm />
      {dropped.length > 0 && (
        <div className="calendar-dropped">
          <h3 id="dropped-heading">Dropped invitations</h3>
          <p className="muted">Kept so their events stay on Today until you answer them; each goes by itself {RECENT_PAST_DAYS} days after its last event.</p>
          <ul className="calendar-sources" aria-labelledby="dropped-heading">
            {dropped.map((s) => (
              <SourceRow key={s.id} source={s} zone={zone} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function SourceRow({ source, zone }: { source: CalendarSourceStatus; zone: string }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const run = async (what: 'refresh' | 'remove' | 'own-network' | 'public') => {
    setBusy(true);
    try {
      if (what === 'refresh') await call('calendar.refresh', { id: source.id });
      else if (what === 'own-network' || what === 'public') await call('calendar.setOwnNetwork', { id: source.id, ownNetwork: what === 'own-network' });
      else {
        await call('calendar.removeSource', { id: source.id });
        toasts.show({ tone: 'info', message: `Removed “${source.name}”. Interviews already added stay.` });
      }
    } catch (failure) {
      toasts.show({ tone: 'error', message: userMessage(failure) });
    } finally {
      setBusy(false);
    }
  };
  const events = `${source.eventCount} ${source.eventCount === 1 ? 'event' : 'events'}`;
  const status =
    source.state === 'failing'
      ? source.message
      : source.kind === 'file'
        ? `${events} still to come or recent`
        : source.state === 'ok'
          ? `Up to date · ${events} · checked ${source.checkedAt ? formatInstant(source.checkedAt, zone) : ''}`
          : 'Not checked yet';
  return (
    <li className={`calendar-source${source.state === 'failing' ? ' failing' : ''}`} aria-label={source.name}>
      <div>
        <strong>{source.name}</strong>
        <p className={source.state === 'failing' ? 'error' : 'muted'} role={source.state === 'failing' ? 'alert' : undefined}>
          {status}
        </p>
        {source.warnings.length > 0 && <p className="muted">{source.warnings.slice(0, 3).join(' · ')}</p>}
        {source.kind !== 'file' && (source.ownNetwork || source.problem === 'own-network') && <OwnNetworkChoice checked={source.ownNetwork} onChange={(on) => void run(on ? 'own-network' : 'public')} disabled={busy} />}
      </div>
      <div className="calendar-source-actions">
        {source.kind !== 'file' && (
          <button type="button" className="button small" onClick={() => void run('refresh')} disabled={busy} aria-label={`Check ${source.name} now`}>
            Check now
          </button>
        )}
        <button type="button" className="button small" onClick={() => void run('remove')} disabled={busy} aria-label={`Remove ${source.name}`}>
          Remove
        </button>
      </div>
    </li>
  );
}
