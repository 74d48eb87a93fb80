import { defineConfig } from 'vitest/config';

// Unit, component-less and reliability suites under plain Node. End-to-end suites run under
// Playwright (playwright.config.ts). Nothing here loads the real `electron` module.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // electron-store imports `electron` at its top: inlined, so a suite's vi.mock('electron')
    // reaches it (the real module is never loaded under plain Node).
    server: { deps: { inline: ['electron-store'] } },
  },
});
