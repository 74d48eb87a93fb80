import { useEffect, useState } from 'react';
import type { Notice } from '../../../shared/contract';
import { call, subscribe } from '../contract';

/** Messages from the main process that need the user's eye once (restored backup, read-only…). */
export function NoticeBanner() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    void call('app.info', {}).then((info) => setNotices(info.notices), () => undefined);
    // A notice with a known id replaces the old one (e.g. "the disk is full" → "saving works again").
    return subscribe('notice', (notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]));
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
