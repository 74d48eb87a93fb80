import { routeHref } from '../app/useRoute';
import { formatInstant } from '../ui/format-time';
import { syncStatusLine } from './sync-status-text';
import { useSyncView } from './useSyncView';
import './sync.css';

/** Sync's status in the app's chrome, always in view once sync is set up; a link to Settings → Sync. */
export function SyncStatusBadge({ zone }: { zone: string }) {
  const { view } = useSyncView();
  if (view === null || view.connection === null) return null;
  const line = syncStatusLine(view, (ms) => formatInstant(new Date(ms).toISOString(), zone));
  return (
    <a className={`sync-badge ${line.tone}`} href={`${routeHref({ view: 'settings' })}`} aria-label={`Sync: ${line.text}`} title={line.text}>
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-badge-text" role="status">
        {line.text}
      </span>
    </a>
  );
}
