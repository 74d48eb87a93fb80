import type { Protocol } from 'electron';
import { APP_SCHEME } from './app-origin';

/**
 * Must run before `app.ready`: makes `app://` a standard, secure scheme so pages get a real
 * origin, `'self'` in the CSP means our files, and fetch/storage behave as on https.
 * Not `bypassCSP`, not `corsEnabled` for others: the scheme gets no more than https would.
 */
export function registerAppSchemePrivileges(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}
