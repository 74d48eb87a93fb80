import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { systemChromium } from '../../../scripts/test-browser.mjs';

describe('the Chromium the end-to-end tests drive', () => {
  it('is the one CHROMIUM_PATH names, when given', () => {
    expect(systemChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
  });

  it("is Debian's where it exists, otherwise Playwright's own (undefined)", () => {
    expect(systemChromium({})).toBe(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  });
});
