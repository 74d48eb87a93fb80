import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds the Electron executable the way `node_modules/electron/index.js` does, but without its
 * side effect: requiring `electron` under Node downloads the binary when it is missing (Electron
 * ≥ 42), which cannot work on machines without GitHub access. Returns why not, when absent.
 */
export function findElectronBinary(root: string, env: NodeJS.ProcessEnv): { path: string } | { reason: string } {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(path) ? { path } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable (${path})` };
  }
  if (relative === null) return { reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing; installed with ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  const path = join(packageDir, 'dist', relative);
  if (!existsSync(path)) return { reason: `the Electron binary is not installed (${path} is missing)` };
  return { path };
}

/** The built app (`npm run build` → out/), or why it cannot be launched. */
export function findBuiltApp(root: string): { main: string } | { reason: string } {
  const main = join(root, 'out', 'main', 'index.js');
  for (const file of [main, join(root, 'out', 'preload', 'index.cjs'), join(root, 'out', 'renderer', 'index.html')]) {
    if (!existsSync(file)) return { reason: `the app is not built (${file} is missing; run the electron-vite build first)` };
  }
  return { main };
}
