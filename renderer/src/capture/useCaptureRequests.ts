import { useEffect } from 'react';
import { postingUrlFromSearch } from '../../../shared/capture';
import { subscribe } from '../contract';

/**
 * Opens "Add from link" when asked from outside the window: the desktop app's menu or a
 * `hearback://add?url=…` link (the `capture.open` event), or browser mode's bookmarklet (the page
 * opened with `?add=<link>`; the parameter is removed so a reload does not ask again).
 */
export function useCaptureRequests(open: (url: string) => void): void {
  useEffect(() => {
    const fromBookmarklet = postingUrlFromSearch(window.location.search);
    if (fromBookmarklet !== null) {
      const params = new URLSearchParams(window.location.search);
      params.delete('add');
      const rest = params.toString();
      history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
      open(fromBookmarklet);
    }
    return subscribe('capture.open', ({ url }) => open(url));
  }, [open]);
}
