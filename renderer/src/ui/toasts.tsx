import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'warning' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastApi {
  show(toast: Omit<Toast, 'id'>): void;
}

const ToastContext = createContext<ToastApi>({ show: () => {} });

/** Short-lived messages in the corner, announced to screen readers (role=status / alert). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show(toast) {
        const id = next.current++;
        setToasts((list) => [...list.slice(-3), { ...toast, id }]);
        window.setTimeout(() => dismiss(id), toast.tone === 'error' ? 10_000 : 6_000);
      },
    }),
    [dismiss],
  );
  // A modal <dialog> makes everything outside it inert, so toasts (and their Undo) are rendered
  // inside the topmost open modal dialog while there is one.
  const [host, setHost] = useState<Element>(document.body);
  useEffect(() => {
    const pick = () => {
      const open = [...document.querySelectorAll('dialog[open]')].filter((d) => d.matches(':modal'));
      setHost(open[open.length - 1] ?? document.body);
    };
    pick();
    const observer = new MutationObserver(pick);
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['open'], childList: true });
    return () => observer.disconnect();
  }, []);
  return (
    <ToastContext.Provider value={api}>
      {children}
      {createPortal(<ToastList toasts={toasts} dismiss={dismiss} />, host)}
    </ToastContext.Provider>
  );
}

function ToastList({ toasts, dismiss }: { toasts: Toast[]; dismiss: (id: number) => void }) {
  return (
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <span>{toast.message}</span>
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
        ))}
      </div>
  );
}

export const useToasts = (): ToastApi => useContext(ToastContext);
