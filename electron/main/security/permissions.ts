/**
 * Web permissions the renderer may have. Only notifications: the renderer never needs the
 * camera, microphone, geolocation, clipboard reading, HID, serial… (OS notifications are shown
 * by the main process anyway; this only keeps the Web Notification API from failing loudly).
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

/**
 * Whether a permission request or check from `requestingUrl` is granted: an allowed permission
 * asked by our own renderer. Everything else, including unknown future permissions, is denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, isOwnPage: (url: string) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isOwnPage(requestingUrl);
}
