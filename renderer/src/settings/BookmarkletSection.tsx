import { useState, type DragEvent } from 'react';
import { bookmarkletSource } from '../../../shared/capture';
import { currentSessionToken, isBrowserMode } from '../contract';
import { copyText } from '../composer/copy-text';

/**
 * "Add to Hearback" for the browser's bookmarks bar: on a posting's page it opens Add from link
 * with that page. The desktop app receives it as a `hearback://add` link; browser mode's
 * bookmarklet opens this running instance (its address and session secret change at each start).
 */
export function BookmarkletSection() {
  const token = isBrowserMode ? currentSessionToken() : null;
  const source = isBrowserMode ? (token ? bookmarkletSource({ kind: 'browser', origin: window.location.origin, token }) : null) : bookmarkletSource({ kind: 'desktop' });
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // No javascript: link in the page (no markup here may carry one): the button hands the
  // bookmarklet over as the dragged link instead, which the bookmarks bar takes the same way.
  const drag = (event: DragEvent) => {
    if (!source) return;
    event.dataTransfer.setData('text/uri-list', source);
    event.dataTransfer.setData('text/plain', source);
    event.dataTransfer.effectAllowed = 'copyLink';
  };
  return (
    <section className="settings-section panel" aria-labelledby="bookmarklet-heading">
      <h2 id="bookmarklet-heading">Add from your browser</h2>
      <p className="settings-description">
        Drag this button to your browser’s bookmarks bar (or make a bookmark whose address is the code below). On a job posting’s page, click it: Hearback opens <strong>Add from link</strong> with that page.
        {isBrowserMode && ' It opens this browser-mode session, so it works until you stop npm run web; drag a new one after each start.'}
      </p>
      {source ? (
        <div className="settings-fields bookmarklet-row">
          <span className="button bookmarklet" draggable onDragStart={drag} title="Drag me to the bookmarks bar">
            Add to Hearback
          </span>
          <button type="button" className="button" onClick={() => void copyText(source).then((ok) => setCopied(ok ? 'copied' : 'failed'))}>
            Copy bookmarklet
          </button>
          <span role="status" className="muted">
            {copied === 'copied' ? 'Copied. Paste it as the address of a new bookmark.' : copied === 'failed' ? 'Could not copy; drag the button, or select the code below.' : ''}
          </span>
          <label className="field bookmarklet-code">
            Bookmarklet code
            <textarea readOnly rows={2} value={source} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
      ) : (
        <p className="muted">Open Hearback from the address npm run web printed to get a bookmarklet for this session.</p>
      )}
    </section>
  );
}
