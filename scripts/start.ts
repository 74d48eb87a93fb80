#!/usr/bin/env node
// `npm start` / `npm run dev`: the desktop app through electron-vite — or, where Electron's binary
// was never downloaded (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1), one sentence
// saying so instead of Electron's download attempt and stack trace.
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary';

const command = process.argv[2] === 'dev' ? 'dev' : 'preview';
const binary = findElectronBinary(process.cwd(), process.env);
if ('reason' in binary) {
  console.error(`Hearback's desktop app can't start: ${binary.reason}. Get it with \`npx install-electron\` (or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD); meanwhile \`npm run web\` runs Hearback in your browser.`);
  process.exit(1);
}
const result = spawnSync('npx', ['electron-vite', command], { stdio: 'inherit' });
process.exit(result.status ?? 1);
