import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an `app://hearback/<path>` request to a file inside `rootDir` (the built renderer), or
 * `null` when the URL is not ours or escapes the folder (`..`, encoded `%2e%2e`, backslashes,
 * absolute paths). `/` and unknown extension-less paths serve `index.html` (client routing).
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = normalize(pathname).replace(/^[/\\]+/, '');
  if (relativePath === '' || relativePath === '.' || !/\.[a-z0-9]+$/i.test(relativePath)) {
    return join(rootDir, 'index.html');
  }
  const file = join(rootDir, relativePath);
  const fromRoot = relative(rootDir, file);
  if (fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) return null;
  return file;
}
