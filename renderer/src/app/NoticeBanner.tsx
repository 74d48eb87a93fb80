import { useEffect, useState } from 'react';
import type { Notice } from '../../../shared/contract';
import { call, subscribe } from '../contract';

/** Messages from the main process that need the user's eye once (restored backup, read-only…). */
export function NoticeBanner() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    const load = () =>
      void call('app.info', {}).then(
        (info) => setNotices(info.notices),
        () => undefined,
      );
    load();
    // A notice with a known id replaces the old one (e.g. "the disk is full" → "saving works again").
    const offNotice = subscribe('notice', (notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]));
    // Events sent before this window's connection was up are not replayed: the list is asked for
    // again after changes, so a notice raised then (a write working again) is not missed.
    const offChanged = subscribe('data.changed', load);
    return () => {
      offNotice();
      offChanged();
    };
  }, []);
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) => (
        <div key={notice.id} className={`banner ${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
          <p>{notice.message}</p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setNotices((list) => list.filter((n) => n.id !== notice.id));
              void call('app.dismissNotice', { id: notice.id }).catch(() => undefined);
            }}
          >
            Dismiss
          </button>
        </div>
      ))}
    </>
  );
}
