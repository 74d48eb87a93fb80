#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and reliability suites (time-zone-sensitive ones under several
// TZ values), then end-to-end in Chromium. Ends with one line "N passed, N failed" over all of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { playwrightChromiumInstalled, systemChromium } from './test-browser.mjs';

const OUT = '.test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/** Suites whose results must not depend on the host's zone. */
const TZ_SUITES = [
  'test/unit/shared/followup',
  'test/unit/shared/drafts',
  'test/unit/core/scheduler',
  'test/unit/shared/export',
  'test/unit/shared/insights',
  'test/unit/core/urgency-agreement.test.ts',
  'test/unit/renderer',
  'test/unit/shared/import',
  'test/unit/shared/calendar',
  'test/unit/core/calendar',
  'test/unit/shared/worklog',
].filter((p) => existsSync(p));
const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe'];

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? '✓' : '✗'} ${label}`);
}

function vitest(label, args, env = {}) {
  const file = `${OUT}/vitest-${lines.length}.json`;
  const ok = run(label, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...args], env);
  if (!existsSync(file)) {
    failed++;
    lines.push(`✗ ${label}: no report`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const suiteFailures = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + suiteFailures;
  skipped += report.numPendingTests + report.numTodoTests;
  lines.push(`${ok ? '✓' : '✗'} ${label}: ${report.numPassedTests} passed, ${report.numFailedTests + suiteFailures} failed`);
  if (!ok && report.numFailedTests + suiteFailures === 0) {
    failed++;
  }
}

function playwright(label) {
  const file = 'test-results/e2e-report.json';
  rmSync(file, { force: true });
  const ok = run(label, 'npx', ['playwright', 'test']);
  if (!existsSync(file)) {
    failed++;
    lines.push(`✗ ${label}: no report`);
    return;
  }
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  lines.push(`${ok ? '✓' : '✗'} ${label}: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed`);
  if (!ok && stats.unexpected === 0) failed++;
}

const only = process.argv[2];
if (!only || only === 'static') {
  check('typecheck (main, preload, shared, tests)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  check('typecheck (renderer)', 'npx', ['tsc', '--noEmit', '-p', 'renderer/tsconfig.json']);
  check('typecheck (end-to-end suites)', 'npx', ['tsc', '--noEmit', '-p', 'test/e2e/tsconfig.json']);
  check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  check('formatting (prettier --check)', 'npx', ['prettier', '--check', '.']);
  check('build (main, preload, renderer)', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']);
}
if (!only || only === 'unit') {
  vitest('unit and reliability suites', []);
  for (const zone of ZONES) if (TZ_SUITES.length > 0) vitest(`time-zone suites under TZ=${zone}`, TZ_SUITES, { TZ: zone });
}
if (!only || only === 'e2e') {
  // A fresh laptop has neither Debian's Chromium nor Playwright's: fetch Playwright's once, with
  // its progress bar, rather than fail every end-to-end test.
  if (systemChromium() === undefined && !(await playwrightChromiumInstalled())) {
    check("install Playwright's Chromium (first run only)", 'npx', ['playwright', 'install', 'chromium']);
  }
  playwright('end-to-end (Chromium, browser mode)');
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
