import type { WebContents } from 'electron';

export interface HardenDeps {
  /** Whether a URL is one of our renderer's pages (see `isAppUrl`). */
  isOwnPage: (url: string) => boolean;
  /** Hands a URL to the OS if it is safe (see `openExternal`). */
  openExternal: (url: string) => void;
  log: { warn(msg: string, meta?: Record<string, unknown>): void };
}

/**
 * Locks down one WebContents: the app never navigates away from its own pages, never opens
 * windows (links with target=_blank go to the browser or mail client if safe), and never
 * attaches <webview>s. Wiring only; the decisions live in `isOwnPage` and `openExternal`.
 */
export function hardenWebContents(contents: WebContents, deps: HardenDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    deps.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    // In-page navigation of our own single-page app is fine; anything else goes out.
    if (deps.isOwnPage(url)) return;
    event.preventDefault();
    deps.log.warn('Blocked a navigation away from the app');
    deps.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (deps.isOwnPage(url)) return;
    event.preventDefault();
    deps.log.warn('Blocked a redirect away from the app');
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log.warn('Blocked a <webview>');
  });
}
