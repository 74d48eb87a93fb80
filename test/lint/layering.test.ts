import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture is enforced by lint (scripts/eslint-layering.js). Each case lints a snippet as
 * if it lived at `filePath` and expects the layering rule to fire — or not.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties'].includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

const offending: [string, string, string][] = [
  ['shared/ imports electron', 'shared/domain/bad.ts', "import { app } from 'electron';\nexport const x = app;"],
  ['shared/ imports node: built-ins', 'shared/domain/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
  ['shared/ imports bare built-ins', 'shared/followup/bad.ts', "import path from 'path';\nexport const x = path;"],
  ['shared/ imports React', 'shared/drafts/bad.ts', "import { useState } from 'react';\nexport const x = useState;"],
  ['shared/ uses the DOM', 'shared/drafts/bad.ts', 'export const x = () => document.title;'],
  ['shared/ uses Node globals', 'shared/drafts/bad.ts', 'export const x = () => process.env;'],
  ['the core imports electron', 'electron/core/store/bad.ts', "import { app } from 'electron';\nexport const x = app;"],
  ['the core imports electron-store', 'electron/core/store/bad.ts', "import Store from 'electron-store';\nexport const x = Store;"],
  ['browser mode imports electron', 'electron/browser-mode/bad.ts', "import { shell } from 'electron';\nexport const x = shell;"],
  ['the core imports an Electron adapter', 'electron/core/service/bad.ts', "import { bundlePaths } from '../../main/app-paths';\nexport const x = bundlePaths;"],
  ['the core imports browser mode', 'electron/core/bad.ts', "import { parseArgs } from '../browser-mode/args';\nexport const x = parseArgs;"],
  ['the core imports the preload', 'electron/core/store/bad.ts', "import { isContractMethod } from '../../preload/contract-names';\nexport const x = isContractMethod;"],
  ['browser mode imports an Electron adapter', 'electron/browser-mode/bad.ts', "import { bundlePaths } from '../main/app-paths';\nexport const x = bundlePaths;"],
  ['the preload imports a value from shared (zod would load in the sandbox)', 'electron/preload/bad.ts', "import { contract } from '../../shared/contract';\nexport const x = contract;"],
  ['the preload imports a package', 'electron/preload/bad.ts', "import { z } from 'zod';\nexport const x = z;"],
  ['the renderer imports electron', 'renderer/src/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
  ['the renderer imports node: built-ins', 'renderer/src/bad.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;"],
  ['the renderer imports the main process', 'renderer/src/bad.ts', "import { openCore } from '../../electron/core';\nexport const x = openCore;"],
  ['the renderer bypasses the contract module', 'renderer/src/board/bad.ts', 'export const x = () => window.hearback;'],
  ['the renderer fetches outside the contract module', 'renderer/src/board/bad.ts', "export const x = () => fetch('/api/call/workspace.get');"],
];

describe('layering lint rules', () => {
  it.each(offending)('fires when %s', async (_name, filePath, code) => {
    expect(await layeringErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/ importing zod and other shared modules', 'shared/domain/ok.ts', "import { z } from 'zod';\nimport { IdSchema } from './primitives';\nexport const x = z.object({ id: IdSchema });"],
    ['a folder named like a built-in (shared/domain)', 'shared/contract/ok.ts', "import { IdSchema } from '../domain';\nexport const x = IdSchema;"],
    ['the core using node: built-ins', 'electron/core/store/ok.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['the Electron adapters importing electron', 'electron/main/ok.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['the Electron adapters importing the core', 'electron/main/ok.ts', "import { openCore } from '../core';\nexport const x = openCore;"],
    ['browser mode importing the core', 'electron/browser-mode/ok.ts', "import { openCore } from '../core';\nexport const x = openCore;"],
    ['the preload importing electron and its own files', 'electron/preload/ok.ts', "import { ipcRenderer } from 'electron';\nimport { isContractMethod } from './contract-names';\nexport const x = [ipcRenderer, isContractMethod];"],
    ['the preload importing types from shared', 'electron/preload/ok.ts', "import type { MethodName } from '../../shared/contract';\nexport type X = MethodName;"],
    ['the contract module using window.hearback', 'renderer/src/contract/ok.ts', 'export const x = () => window.hearback;'],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});
