/* eslint-disable @typescript-eslint/no-require-imports -- a sandboxed preload is a CommonJS script; `require` is how it reaches electron */
// Wrong: Node's file system in a sandboxed preload.
const { contextBridge } = require('electron');
const fs = require('fs');

contextBridge.exposeInMainWorld('bridge', { read: (path) => fs.readFileSync(path, 'utf8') });
