/* eslint-disable @typescript-eslint/no-require-imports -- a sandboxed preload is a CommonJS script; `require` is how it reaches electron */
// A correct sandboxed preload: exposes one call.
const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('bridge', { ping: () => ipcRenderer.invoke('ping') });
