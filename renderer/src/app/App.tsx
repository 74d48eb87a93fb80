import { useEffect, useRef, useState } from 'react';
import { ApplicationView } from '../application/ApplicationView';
import { Board } from '../board/Board';
import { QuickAddDialog } from '../board/QuickAddDialog';
import { AddFromLinkDialog } from '../capture/AddFromLinkDialog';
import { useCaptureRequests } from '../capture/useCaptureRequests';
import { useBoardShortcuts } from '../board/useBoardShortcuts';
import { DataView } from '../data/DataView';
import { HistoryView } from '../history/HistoryView';
import { WorkLogView } from '../worklog/WorkLogView';
import { useIcsDrop } from '../calendar/useIcsDrop';
import { SettingsView } from '../settings/SettingsView';
import { TodayView } from '../today/TodayView';
import { focusCard } from '../ui/focus-after';
import { todayGroupsOnce } from '../today/today-cache';
import { lateEntries } from '../today/LateEntries';
import { NO_HOLDS } from '../../../shared/followup';
import { TOAST_SLOT_ID, ToastProvider } from '../ui/toasts';
import { useWorkspace, type WorkspaceState } from '../workspace/useWorkspace';
import { InsightsRoute, loadInsights } from './InsightsRoute';
import { NoticeBanner } from './NoticeBanner';
import { useReminderAlerts } from './useReminderAlerts';
import { useWorkLogReminder } from '../worklog/useWorkLogReminder';
import { useReplyAlerts } from '../mail/useReplyAlerts';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { closeApplication, routeHref, useRoute, type View } from './useRoute';

const NAV: { view: View; label: string }[] = [
  { view: 'today', label: 'Today' },
  { view: 'board', label: 'Board' },
  { view: 'history', label: 'History' },
  { view: 'insights', label: 'Insights' },
  { view: 'data', label: 'Data' },
  { view: 'settings', label: 'Settings' },
];

/** Runs `task` once, when the browser is idle after `ready` turned true. */
function useIdle(ready: boolean, task: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    idle(() => task());
  }, [ready, task]);
}

export function App() {
  const { state } = useWorkspace();
  // Toasts' Undo buttons judge against the same workspace the screen shows.
  const undoState = state.status === 'ready' ? state.workspace : null;
  return (
    <ToastProvider undoState={undoState}>
      <Shell state={state} />
    </ToastProvider>
  );
}

function Shell({ state }: { state: WorkspaceState }) {
  const route = useRoute();
  const [adding, setAdding] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  /** "Add from link" open, with the link it starts from ('' for none). */
  const [capturing, setCapturing] = useState<string | null>(null);
  useReminderAlerts();
  useWorkLogReminder();
  useCaptureRequests(setCapturing);
  useIcsDrop();
  useReplyAlerts();
  useBoardShortcuts(() => setAdding(state.status === 'ready'));
  useIdle(state.status === 'ready', () => void loadInsights());
  // Today's groups for the new revision, worked out while nothing else happens (today-cache.ts).
  const workspace = state.status === 'ready' ? state.workspace : null;
  useEffect(() => {
    if (workspace === null) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      todayGroupsOnce(workspace, Date.now(), NO_HOLDS);
      lateEntries(workspace);
    });
    return () => cancel(handle);
  }, [workspace]);
  const title = route.view === 'worklog' ? 'Work-search log' : (NAV.find((n) => n.view === route.view)?.label ?? 'Board');
  // The log is a place inside History: History stays the current place in the menu.
  const place = route.view === 'worklog' ? 'history' : route.view;

  return (
    <div className="app-shell">
      <aside className="sidebar" aria-label="Hearback">
        <div className="brand">Hearback</div>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a key={item.view} className="nav-item" href={routeHref({ view: item.view })} aria-current={place === item.view ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <SyncStatusBadge zone={workspace?.effectiveTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone} />
      </aside>
      <main className="main">
        <header className="toolbar">
          <h1>{title}</h1>
          <button type="button" className="button" onClick={() => setCapturing('')} disabled={state.status !== 'ready'}>
            Add from link
          </button>
          <button ref={newButton} type="button" className="button primary" onClick={() => setAdding(true)} disabled={state.status !== 'ready'}>
            New application
          </button>
        </header>
        <NoticeBanner />
        {state.status === 'loading' && <p className="muted pad">Loading your search…</p>}
        {state.status === 'error' && (
          <p role="alert" className="error pad">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            {route.view === 'board' && <Board workspace={state.workspace} />}
            {route.view === 'today' && <TodayView workspace={state.workspace} />}
            {route.view === 'history' && <HistoryView workspace={state.workspace} />}
            {route.view === 'insights' && <InsightsRoute workspace={state.workspace} />}
            {route.view === 'data' && <DataView />}
            {route.view === 'worklog' && <WorkLogView zone={workspace?.effectiveTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone} />}
            {route.view === 'settings' && <SettingsView workspace={state.workspace} />}
            {route.applicationId && <ApplicationView workspace={state.workspace} applicationId={route.applicationId} followUpId={route.followUpId} openDraft={route.draft} onClose={() => closeApplication(route.applicationId)} />}
          </>
        )}
        {adding && state.status === 'ready' && (
          <QuickAddDialog
            stages={state.workspace.stages}
            onClose={(created) => {
              setAdding(false);
              const opener = newButton.current;
              if (created && route.view === 'board' && !route.applicationId) focusCard(created.id, 'open', { fallback: opener });
              else opener?.focus();
            }}
            onAddFromLink={() => {
              setAdding(false);
              setCapturing('');
            }}
          />
        )}
        <div id={TOAST_SLOT_ID} />
        {capturing !== null && state.status === 'ready' && <AddFromLinkDialog key={capturing} workspace={state.workspace} initialUrl={capturing} onClose={() => setCapturing(null)} />}
      </main>
    </div>
  );
}
