/**
 * "One click from the browser": the `hearback://add?url=…` link the desktop app handles, and the
 * bookmarklet that opens it (in browser mode, the running instance's own address instead).
 *
 * | given                                                | posting link                     |
 * |------------------------------------------------------|----------------------------------|
 * | `hearback://add?url=<encoded http(s) link>`          | that link                        |
 * | `hearback:add?url=…`, `HEARBACK://ADD/?url=…`         | that link (scheme/host any case) |
 * | another host (`hearback://open?…`), no `url`         | none                             |
 * | `url` not http(s) (`javascript:`, `file:`), > 4096   | none                             |
 * | argv: the first argument that is such a link         | (others ignored)                 |
 */
export const ADD_LINK_SCHEME = 'hearback';
const MAX_LINK = 4096;

export function addLink(postingUrl: string): string {
  return `${ADD_LINK_SCHEME}://add?url=${encodeURIComponent(postingUrl)}`;
}

function httpLink(value: string | null): string | null {
  if (value === null || value.length > MAX_LINK) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}

export function postingUrlFromAddLink(link: string): string | null {
  const match = /^hearback:(?:\/\/)?add\/?\?(.*)$/i.exec(link.trim());
  if (!match) return null;
  return httpLink(new URLSearchParams(match[1] ?? '').get('url'));
}

export function postingUrlFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv) {
    const url = postingUrlFromAddLink(arg);
    if (url !== null) return url;
  }
  return null;
}

/**
 * The bookmarklet's `javascript:` source. It navigates the current tab (a page cannot intercept
 * `location.href`, unlike an overridable `window.open`) and only reads the page's address.
 * Desktop: the hearback: link. Browser mode: the running instance with `?add=` and its session
 * secret in the fragment (never sent to a server; valid until browser mode stops).
 */
export function bookmarkletSource(target: { kind: 'desktop' } | { kind: 'browser'; origin: string; token: string }): string {
  const code =
    target.kind === 'desktop'
      ? `location.href='${ADD_LINK_SCHEME}://add?url='+encodeURIComponent(location.href)`
      : `location.href=${JSON.stringify(`${target.origin}/?add=`).replace(/"/g, "'")}+encodeURIComponent(location.href)+${JSON.stringify(`#token=${target.token}`).replace(/"/g, "'")}`;
  return `javascript:void(${code})`;
}

/** Browser mode's start address carries `?add=<link>` when the bookmarklet opened it. */
export function postingUrlFromSearch(search: string): string | null {
  return httpLink(new URLSearchParams(search).get('add'));
}
