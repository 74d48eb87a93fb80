import type { Session } from 'electron';
import { isPermissionAllowed } from './permissions';

export interface SessionHardenDeps {
  /** The Content-Security-Policy header value (see `contentSecurityPolicy`). */
  csp: string;
  isOwnPage: (url: string) => boolean;
  log: { warn(msg: string, meta?: Record<string, unknown>): void };
}

/**
 * Session-wide defenses: deny permissions (but notifications for our own pages) and add the CSP
 * header to every HTTP(S) response — that is, the dev server's. Pages of the `app://` protocol
 * get the same header from the protocol handler, since `webRequest` does not see custom schemes.
 */
export function hardenSession(session: Session, deps: SessionHardenDeps): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, deps.isOwnPage);
    if (!allowed) deps.log.warn('Denied a permission request', { permission });
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, deps.isOwnPage));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [deps.csp] },
    });
  });
}
