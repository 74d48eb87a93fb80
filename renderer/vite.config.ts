import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { metaContentSecurityPolicy } from '../shared/security/content-security-policy';

/** The page's CSP meta tag comes from the one definition every host uses. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'hearback-csp-meta',
    transformIndexHtml: (html) => html.replace('%HEARBACK_CSP%', metaContentSecurityPolicy()),
  };
}

/**
 * The renderer's build, shared by electron.vite.config.ts and by browser mode and the end-to-end
 * tests (`vite build -c renderer/vite.config.ts`), which need no Electron.
 */
export function rendererConfig(repoRoot: string): UserConfig {
  return {
    root: resolve(repoRoot, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(repoRoot, 'out', 'renderer'),
      emptyOutDir: true,
      // Loaded from disk (app:// or loopback), never over a network: size matters less than one round trip.
      chunkSizeWarningLimit: 1000,
      // The favicon stays a file in assets/ (a data: URL is not something either host serves).
      assetsInlineLimit: (file: string) => (file.endsWith('favicon.svg') ? false : undefined),
      rollupOptions: { input: { index: resolve(repoRoot, 'renderer', 'index.html') } },
    },
  };
}

export default defineConfig(rendererConfig(resolve(import.meta.dirname, '..')));
