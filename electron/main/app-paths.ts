import { isAbsolute, join } from 'node:path';

/** Where the built pieces sit relative to `out/main/index.js`. */
export function bundlePaths(mainDir: string): { preload: string; rendererDir: string } {
  return { preload: join(mainDir, '..', 'preload', 'index.cjs'), rendererDir: join(mainDir, '..', 'renderer') };
}

/**
 * A user-data folder given by `HEARBACK_USER_DATA_DIR` (tests and the smoke test use a fresh
 * temporary one), or `null` for Electron's default. Only absolute paths count.
 */
export function userDataOverride(env: NodeJS.ProcessEnv): string | null {
  const dir = env.HEARBACK_USER_DATA_DIR;
  return dir !== undefined && dir !== '' && isAbsolute(dir) ? dir : null;
}
