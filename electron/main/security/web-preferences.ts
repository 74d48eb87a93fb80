import type { WebPreferences } from 'electron';

/**
 * The renderer's web preferences, per the Electron security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security): isolated, sandboxed, no Node,
 * no <webview>, same-origin policy on. The preload is the only bridge.
 * @param preloadPath absolute path of the bundled preload (`out/preload/index.cjs`; CJS because
 *   sandboxed preloads cannot load ES modules).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}
