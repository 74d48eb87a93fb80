import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../../electron/main/security/app-protocol-path';

const root = join('/opt', 'hearback', 'out', 'renderer');

describe('resolveAppFile', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile('app://hearback/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://hearback/index.html?x=1', root)).toBe(join(root, 'index.html'));
  });

  it('falls back to index.html for the root and client routes', () => {
    expect(resolveAppFile('app://hearback/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://hearback/today', root)).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://hearback/../../etc/passwd.txt',
    'app://hearback/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://hearback/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://hearback/..%5c..%5csecret.txt',
    'app://hearback/a%00.js',
    'app://hearback/%E0%A4%A.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    const file = resolveAppFile(url, root);
    if (file !== null) expect(file.startsWith(root)).toBe(true);
    if (!url.startsWith('app://hearback/') || url.includes('%00') || url.includes('%5c') || url.includes('%A.js')) {
      expect(file).toBeNull();
    }
  });
});
