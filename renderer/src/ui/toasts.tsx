import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { UndoTicket } from '../../../shared/contract';
import { undoTicket } from './undo';
import { undoAvailability, type UndoState } from './undo-availability';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'warning' | 'error';
  message: string;
  action?: { label: string; run: () => void };
  /** An "Undo" that reverses exactly this change (from `callUndoable`); disabled, with the reason, once it can't. */
  undo?: UndoTicket | null;
}

interface ToastApi {
  show(toast: Omit<Toast, 'id'>): void;
}

/** Where the app shell keeps room for toasts, under the main view. */
export const TOAST_SLOT_ID = 'toast-slot';

const ToastContext = createContext<ToastApi>({ show: () => {} });

/** How long a toast stays, unless the pointer or focus is on the toasts (then it waits: WCAG 2.2.1). */
const TOAST_MS = { normal: 6_000, error: 10_000 } as const;

interface Expiry {
  handle: number | null;
  endsAt: number;
  remainingMs: number;
}

/** At most this many toasts at once; a new one pushes out the oldest. */
export const MAX_TOASTS = 3;

/**
 * Short-lived messages, announced to screen readers (role=status / alert).
 * `undoState` (from the workspace) tells each toast's Undo whether its change can still be undone.
 *
 * | rule                | how                                                                      |
 * |---------------------|--------------------------------------------------------------------------|
 * | at most three       | a fourth pushes out the oldest                                           |
 * | newest on top       | the list is drawn newest first                                           |
 * | superseded collapse | every toast but the newest shrinks to one line (message and reason cut   |
 * |                     | with an ellipsis, the whole text in its title), keeping its buttons       |
 * | never over a button | the list sits in the page's flow — the slot under the main view          |
 * |                     | (`#toast-slot`), or the end of the topmost open modal dialog (everything |
 * |                     | outside a modal is inert) — so it takes room instead of covering controls |
 * | keyboard            | every toast's Dismiss is in the tab order; Escape on a toast dismisses it |
 * |                     | (and does not close the dialog it sits in)                               |
 */
export function ToastProvider({ children, undoState = null }: { children: ReactNode; undoState?: UndoState | null }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const expiries = useRef(new Map<number, Expiry>());
  const paused = useRef(false);
  const dismiss = useCallback((id: number) => {
    const expiry = expiries.current.get(id);
    if (expiry?.handle != null) window.clearTimeout(expiry.handle);
    expiries.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);
  const arm = useCallback(
    (id: number, ms: number) => {
      const handle = paused.current ? null : window.setTimeout(() => dismiss(id), ms);
      expiries.current.set(id, { handle, endsAt: Date.now() + ms, remainingMs: ms });
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      show(toast) {
        const id = next.current++;
        setToasts((list) => [...list.slice(-(MAX_TOASTS - 1)), { ...toast, id }]);
        arm(id, toast.tone === 'error' ? TOAST_MS.error : TOAST_MS.normal);
      },
    }),
    [arm],
  );
  const hold = useMemo(
    () => ({
      pause() {
        if (paused.current) return;
        paused.current = true;
        for (const expiry of expiries.current.values()) {
          if (expiry.handle !== null) window.clearTimeout(expiry.handle);
          expiry.handle = null;
          expiry.remainingMs = Math.max(0, expiry.endsAt - Date.now());
        }
      },
      resume() {
        if (!paused.current) return;
        paused.current = false;
        for (const [id, expiry] of [...expiries.current]) arm(id, expiry.remainingMs);
      },
    }),
    [arm],
  );
  // The list vanishes under the pointer when its last toast goes (no mouseleave): stop holding.
  useEffect(() => {
    if (toasts.length === 0) paused.current = false;
  }, [toasts.length]);
  // A modal <dialog> makes everything outside it inert, so toasts (and their Undo) are rendered
  // inside the topmost open modal dialog while there is one.
  const [host, setHost] = useState<Element>(document.body);
  useEffect(() => {
    const pick = () => {
      const open = [...document.querySelectorAll('dialog[open]')].filter((d) => d.matches(':modal'));
      setHost(open[open.length - 1] ?? document.getElementById(TOAST_SLOT_ID) ?? document.body);
    };
    pick();
    const observer = new MutationObserver(pick);
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['open'], childList: true });
    return () => observer.disconnect();
  }, []);
  return (
    <ToastContext.Provider value={api}>
      {children}
      {createPortal(<ToastList toasts={toasts} dismiss={dismiss} undoState={undoState} show={api.show} hold={hold} />, host)}
    </ToastContext.Provider>
  );
}

function ToastList({ toasts, dismiss, undoState, show, hold }: { toasts: Toast[]; dismiss: (id: number) => void; undoState: UndoState | null; show: ToastApi['show']; hold: { pause: () => void; resume: () => void } }) {
  return (
    <div
      className="toasts"
      aria-live="polite"
      onMouseEnter={hold.pause}
      onMouseLeave={hold.resume}
      onFocus={hold.pause}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) hold.resume();
      }}
    >
      {[...toasts].reverse().map((toast, index) => {
        const undo = toast.undo ? undoAvailability(toast.undo, undoState) : null;
        const collapsed = index > 0;
        return (
          <div
            key={toast.id}
            className={`toast ${toast.tone}${collapsed ? ' collapsed' : ''}`}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              event.stopPropagation();
              dismiss(toast.id);
            }}
          >
            <span title={collapsed ? [toast.message, undo && !undo.ok ? undo.reason : ''].filter(Boolean).join(' — ') : undefined}>
              {toast.message}
              {undo && !undo.ok && <small className="toast-reason">{undo.reason}</small>}
            </span>
            {toast.undo && undo && (
              <button
                type="button"
                className="button small"
                disabled={!undo.ok}
                onClick={() => {
                  if (toast.undo) void undoTicket(toast.undo, show);
                  dismiss(toast.id);
                }}
              >
                Undo
              </button>
            )}
            {toast.action && (
              <button
                type="button"
                className="button small"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}

export const useToasts = (): ToastApi => useContext(ToastContext);
