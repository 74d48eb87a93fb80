import { describe, expect, it, vi } from 'vitest';
import { openExternal } from '../../../../electron/main/security/open-external';
import { safeExternalUrl } from '../../../../electron/main/security/safe-external-url';

/** URLs that must never reach shell.openExternal. */
const HOSTILE: readonly unknown[] = [
  'file:///etc/passwd',
  'file://server/share/evil.exe',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '%6A%61vascript:alert(1)',
  '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'smb://attacker/share',
  '\\\\attacker\\share\\payload.exe',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=evil&crumb=location:\\\\attacker',
  'ms-officecmd:{"id":3}',
  'vscode://file/etc/passwd',
  'hearback://do-something',
  'app://hearback/index.html',
  'http://example.com/',
  'ftp://example.com/',
  'https:',
  'https://',
  'https:///path',
  'https:\\\\evil.example',
  'https:evil.example',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'mailto:',
  'mailto:?subject=no-recipient',
  'about:blank',
  'chrome://settings',
  'blob:https://example.com/uuid',
  'HTTPS://example.com'.replace('HTTPS', 'httpz'),
  '',
  '   ',
  'not a url',
  '//example.com/protocol-relative',
  `https://example.com/${'a'.repeat(9000)}`,
  null,
  undefined,
  42,
  { toString: () => 'https://example.com' },
  ['https://example.com'],
];

describe('safeExternalUrl', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(String(value)).slice(0, 60), value]))('rejects %s', (_label, value) => {
    expect(safeExternalUrl(value)).toBeNull();
  });

  it.each([
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://Example.com/jobs?id=1#top', 'https://example.com/jobs?id=1#top'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['mailto:recruiter@example.com?subject=Thank%20you', 'mailto:recruiter@example.com?subject=Thank%20you'],
    ['MAILTO:a@b.example', 'mailto:a@b.example'],
  ])('accepts %s as %s', (value, normalized) => {
    expect(safeExternalUrl(value)).toBe(normalized);
  });
});

describe('openExternal', () => {
  const log = () => ({ warn: vi.fn() });

  it('never calls the opener for a hostile URL, and logs without the URL', async () => {
    for (const value of HOSTILE) {
      const open = vi.fn(async () => undefined);
      const deps = { open, log: log() };
      await expect(openExternal(value, deps)).resolves.toBe(false);
      expect(open).not.toHaveBeenCalled();
      expect(JSON.stringify(deps.log.warn.mock.calls)).not.toContain('alert');
    }
  });

  it('opens the normalized URL for a safe one', async () => {
    const open = vi.fn(async () => undefined);
    await expect(openExternal(' https://example.com/a ', { open, log: log() })).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.com/a');
  });

  it('does not throw when the OS fails to open', async () => {
    const open = vi.fn(async () => {
      throw new Error('no handler');
    });
    const deps = { open, log: log() };
    await expect(openExternal('https://example.com', deps)).resolves.toBe(false);
    expect(deps.log.warn).toHaveBeenCalledOnce();
  });
});
