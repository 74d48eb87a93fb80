import { ContractCallError } from '../contract/call-error';

/** The core refused a server on this computer or a private network until the user says it is theirs. */
export function asksOwnNetwork(failure: unknown): boolean {
  return failure instanceof ContractCallError && failure.error.issues.some((i) => i.path === 'ownNetwork');
}

/**
 * "This server is on my own network": offered once the core has said the address is on this
 * computer or a private network (a home Nextcloud or Radicale is legitimate, so it is the user's
 * choice, never a default). Kept with the calendar when added.
 */
export function OwnNetworkChoice({ checked, onChange, disabled }: { checked: boolean; onChange: (on: boolean) => void; disabled?: boolean }) {
  return (
    <label className="checkbox calendar-own-network">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} /> This server is on my own network (this computer, or my home or office network) — let Hearback connect to it
    </label>
  );
}
