import { useState, type FormEvent } from 'react';
import type { SyncView } from '../../../shared/contract';
import { call, ContractCallError, userMessage } from '../contract';
import { SettingField } from '../settings/SettingField';

type Outcome = { state: 'idle' } | { state: 'busy'; what: string } | { state: 'error'; message: string; field: string | null };

/** The field a failure is about (the core names it), so the message shows beside it too. */
function failure(error: unknown): Outcome {
  const field = error instanceof ContractCallError ? (error.error.issues[0]?.path ?? null) : null;
  return { state: 'error', message: userMessage(error), field };
}

function OutcomeText({ outcome }: { outcome: Outcome }) {
  return (
    <p className={`test-result ${outcome.state === 'error' ? 'error' : ''}`} role="status">
      {outcome.state === 'busy' ? outcome.what : outcome.state === 'error' ? outcome.message : ''}
    </p>
  );
}

function PasswordInput({ id, label, value, onChange, hint, invalid }: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string; invalid?: boolean }) {
  return (
    <div className="setting-field">
      <label htmlFor={id}>{label}</label>
      <div className="setting-input">
        <input id={id} type="password" value={value} autoComplete="off" aria-invalid={invalid ? true : undefined} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      </div>
      {hint && (
        <p id={`${id}-hint`} className="setting-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** First computer: the server's address and its administrator (used once, never kept). */
export function SetUpForm({ onDone, defaultName }: { onDone: (view: SyncView) => void; defaultName: string }) {
  const [serverUrl, setServerUrl] = useState('');
  const [adminUser, setAdminUser] = useState('admin');
  const [adminPassword, setAdminPassword] = useState('');
  const [ownNetwork, setOwnNetwork] = useState(false);
  const [deviceName, setDeviceName] = useState(defaultName);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome({ state: 'busy', what: 'Setting up sync on the server…' });
    try {
      const view = await call('sync.setUp', { serverUrl, adminUser, adminPassword, ownNetwork, deviceName, encryptionPassphrase: encrypt ? passphrase : null });
      setAdminPassword('');
      setOutcome({ state: 'idle' });
      onDone(view);
    } catch (error) {
      setOutcome(failure(error));
    }
  };
  const errorFor = (field: string) => (outcome.state === 'error' && outcome.field === field ? outcome.message : undefined);
  return (
    <form className="sync-form" aria-labelledby="sync-setup-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="sync-setup-heading">Set up sync (first computer)</h3>
      <SettingField
        label="Server address"
        type="text"
        value={serverUrl}
        onChange={setServerUrl}
        placeholder="http://192.168.1.20:5984"
        hint="Your CouchDB server, e.g. the Docker one in the README, or a hosted CouchDB (https://). An http:// address is only for a server on your own network; passwords then travel unencrypted on that network."
        error={errorFor('serverUrl')}
      />
      <label className="check-row">
        <input type="checkbox" checked={ownNetwork} onChange={(e) => setOwnNetwork(e.target.checked)} aria-invalid={errorFor('ownNetwork') ? true : undefined} />
        This server is on my own network
      </label>
      <SettingField label="Administrator name" type="text" value={adminUser} onChange={setAdminUser} autoComplete="off" error={errorFor('adminUser')} />
      <PasswordInput
        id="sync-admin-password"
        label="Administrator password"
        value={adminPassword}
        onChange={setAdminPassword}
        hint="Used once to create your job search’s database and its own user; never kept."
        invalid={errorFor('adminPassword') !== undefined}
      />
      <SettingField label="This computer’s name" type="text" value={deviceName} onChange={setDeviceName} maxLength={80} hint="Other computers’ history says “From Desktop: …”." error={errorFor('deviceName')} />
      <label className="check-row">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
        Encrypt my records end to end (the server sees only ids and clocks)
      </label>
      {encrypt && (
        <PasswordInput
          id="sync-encryption-passphrase"
          label="Encryption passphrase"
          value={passphrase}
          onChange={setPassphrase}
          hint="At least 8 characters. Every computer needs it; it cannot be recovered."
          invalid={errorFor('encryptionPassphrase') !== undefined}
        />
      )}
      <div className="test-row">
        <button type="submit" className="button primary" disabled={outcome.state === 'busy'}>
          Set up sync
        </button>
        <OutcomeText outcome={outcome} />
      </div>
    </form>
  );
}

/** Another computer: the setup code from a computer that syncs, and its passphrase. */
export function JoinForm({ onDone, defaultName }: { onDone: (view: SyncView) => void; defaultName: string }) {
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [deviceName, setDeviceName] = useState(defaultName);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome({ state: 'busy', what: 'Joining…' });
    try {
      const view = await call('sync.join', { code, passphrase, deviceName });
      setOutcome({ state: 'idle' });
      onDone(view);
    } catch (error) {
      setOutcome(failure(error));
    }
  };
  return (
    <form className="sync-form" aria-labelledby="sync-join-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="sync-join-heading">Join with a setup code</h3>
      <div className="setting-field">
        <label htmlFor="sync-join-code">Setup code</label>
        <textarea id="sync-join-code" className="sync-code" rows={3} value={code} spellCheck={false} aria-invalid={outcome.state === 'error' && outcome.field === 'code' ? true : undefined} onChange={(e) => setCode(e.target.value)} />
        <p className="setting-hint">On a computer that syncs: Settings → Sync → Add another computer.</p>
      </div>
      <PasswordInput id="sync-join-passphrase" label="Passphrase" value={passphrase} onChange={setPassphrase} invalid={outcome.state === 'error' && outcome.field === 'passphrase'} />
      <SettingField label="This computer’s name" type="text" value={deviceName} onChange={setDeviceName} maxLength={80} />
      <div className="test-row">
        <button type="submit" className="button primary" disabled={outcome.state === 'busy'}>
          Join
        </button>
        <OutcomeText outcome={outcome} />
      </div>
    </form>
  );
}

/** The code and QR for the next computer, sealed with a passphrase. The QR is shown as an image. */
export function SetupCodePanel({ encrypted }: { encrypted: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  const [made, setMade] = useState<{ code: string; qrSvg: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [copied, setCopied] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome({ state: 'busy', what: 'Making the code…' });
    try {
      setMade(await call('sync.setupCode', { passphrase }));
      setOutcome({ state: 'idle' });
    } catch (error) {
      setOutcome(failure(error));
    }
  };
  const copy = async () => {
    if (made === null) return;
    await navigator.clipboard.writeText(made.code);
    setCopied(true);
  };
  return (
    <form className="sync-form" aria-labelledby="sync-code-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="sync-code-heading">Add another computer</h3>
      <PasswordInput
        id="sync-code-passphrase"
        label="Passphrase for the setup code"
        value={passphrase}
        onChange={setPassphrase}
        hint={encrypted ? 'Your encryption passphrase: the next computer needs it to read your records.' : 'At least 8 characters; you type it on the next computer.'}
        invalid={outcome.state === 'error' && outcome.field === 'passphrase'}
      />
      <div className="test-row">
        <button type="submit" className="button" disabled={outcome.state === 'busy'}>
          Show setup code
        </button>
        <OutcomeText outcome={outcome} />
      </div>
      {made && (
        <div className="sync-code-out">
          <label htmlFor="sync-code-text">Setup code</label>
          <textarea id="sync-code-text" className="sync-code" rows={3} readOnly value={made.code} spellCheck={false} />
          <div className="test-row">
            <button type="button" className="button small" onClick={() => void copy()}>
              Copy setup code
            </button>
            <span role="status" className="muted">
              {copied ? 'Copied.' : ''}
            </span>
          </div>
          <img className="sync-qr" alt="The setup code as a QR code" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(made.qrSvg)}`} />
        </div>
      )}
    </form>
  );
}
