// Which Chromium the end-to-end tests drive — one rule for playwright.config.ts and `npm test`.
// A Chromium given by CHROMIUM_PATH, or Debian's at /usr/bin/chromium (CI and the offline build
// machines, which cannot download Playwright's); elsewhere Playwright's own build.
import { existsSync } from 'node:fs';

/** @returns {string | undefined} the system Chromium to use, or undefined for Playwright's own. */
export function systemChromium(env = process.env) {
  if (env['CHROMIUM_PATH']) return env['CHROMIUM_PATH'];
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * Whether Playwright's own Chromium is already installed (so a fresh laptop can fetch it first,
 * with progress shown, instead of failing in the end-to-end step).
 * @returns {Promise<boolean>}
 */
export async function playwrightChromiumInstalled() {
  const { chromium } = await import('playwright-core');
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
