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
  },
});
