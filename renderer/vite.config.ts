import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer's build, used by electron.vite.config.ts and on its own by browser mode and the
// end-to-end tests (`vite build -c renderer/vite.config.ts`), which need no Electron.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '..', 'out', 'renderer'),
    emptyOutDir: true,
    // Loaded from disk (app:// or loopback), never over a network: size matters less than one round trip.
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: { index: resolve(import.meta.dirname, 'index.html') } },
  },
});
