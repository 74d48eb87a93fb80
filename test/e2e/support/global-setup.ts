import { execFileSync } from 'node:child_process';

/** The end-to-end suites run against the built renderer, served by browser mode. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'renderer/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}
