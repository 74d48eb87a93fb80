import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture is enforced by lint (scripts/eslint-layering.js). Each case lints a snippet as
 * if it lived at `filePath` and expects the layering rule to fire — or not.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties'].includes(m.ruleId ?? '')).map((m) => m.message);
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

/** The walls between the core's features (the matrix in scripts/eslint-layering.js): one case per rule. */
const walled: [string, string, string][] = [
  ['mail imports calendar', 'electron/core/mail/bad.ts', "import { CalendarSources } from '../calendar/calendar-sources';\nexport const x = CalendarSources;"],
  ['mail imports another area’s handler module', 'electron/core/mail/bad.ts', "import { interviewHandlers } from '../service/interview-handlers';\nexport const x = interviewHandlers;"],
  ['mail imports the wiring', 'electron/core/mail/bad.ts', "import { createCallQueue } from '../wiring/call-queue';\nexport const x = createCallQueue;"],
  ['mail imports the core index', 'electron/core/mail/bad.ts', "import { openCore } from '..';\nexport const x = openCore;"],
  ['mail takes a store module’s value', 'electron/core/mail/bad.ts', "import { HearbackStore } from '../store/hearback-store';\nexport const x = HearbackStore;"],
  ['calendar imports mail', 'electron/core/calendar/bad.ts', "import { mailHandlers } from '../mail/mail-handlers';\nexport const x = mailHandlers;"],
  ['calendar imports another area’s handler module', 'electron/core/calendar/bad.ts', "import { applicationHandlers } from '../service/application-handlers';\nexport const x = applicationHandlers;"],
  ['capture imports the store', 'electron/core/capture/bad.ts', "import { replaceAllData } from '../store/replace-data';\nexport const x = replaceAllData;"],
  ['capture imports calendar', 'electron/core/capture/bad.ts', "import { fetchFeed } from '../calendar/fetch-feed';\nexport const x = fetchFeed;"],
  ['data imports mail', 'electron/core/data/bad.ts', "import { MailService } from '../mail/mail-service';\nexport const x = MailService;"],
  ['data imports a handler module', 'electron/core/data/bad.ts', "import { dataHandlers } from '../service/data-handlers';\nexport const x = dataHandlers;"],
  ['the scheduler imports mail', 'electron/core/scheduler/bad.ts', "import { MailService } from '../mail/mail-service';\nexport const x = MailService;"],
  ['the store imports the service', 'electron/core/store/bad.ts', "import { nowIso } from '../service/context';\nexport const x = nowIso;"],
  ['the store imports a feature', 'electron/core/store/bad.ts', "import { CalendarService } from '../calendar/calendar-service';\nexport const x = CalendarService;"],
  ['sync imports mail', 'electron/core/sync/engine/bad.ts', "import { MailService } from '../../mail/mail-service';\nexport const x = MailService;"],
  ['sync imports the service', 'electron/core/sync/bad.ts', "import { requireApplication } from '../service/context';\nexport const x = requireApplication;"],
  ['the infrastructure imports a feature', 'electron/core/net/bad.ts', "import { fetchFeed } from '../calendar/fetch-feed';\nexport const x = fetchFeed;"],
  ['a walled feature imports electron (the core’s own rule still holds)', 'electron/core/mail/bad.ts', "import { app } from 'electron';\nexport const x = app;"],
];

describe('layering lint rules', () => {
  it.each(offending)('fires when %s', async (_name, filePath, code) => {
    expect(await layeringErrors(filePath, code)).not.toEqual([]);
  });

  it.each(walled)('keeps the core’s features apart: fires when %s', async (_name, filePath, code) => {
    expect(await layeringErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    [
      'mail using the service context and follow-up planning',
      'electron/core/mail/ok.ts',
      "import { nowIso } from '../service/context';\nimport { actOnFollowUp } from '../service/follow-up-planning';\nexport const x = [nowIso, actOnFollowUp];",
    ],
    [
      'mail using the ports and the infrastructure',
      'electron/core/mail/ok.ts',
      "import type { Clock } from '../ports';\nimport type { SecretStore } from '../secrets/secret-store';\nimport type { Handlers } from '../rpc/dispatch';\nexport type X = [Clock, SecretStore, Handlers];",
    ],
    [
      'calendar using the store’s types and its durable file layer',
      'electron/core/calendar/ok.ts',
      "import type { Change } from '../store/hearback-store';\nimport { writeFileDurable } from '../store/durable-fs';\nexport const x: [Change | null, unknown] = [null, writeFileDurable];",
    ],
    ['calendar using the address rule', 'electron/core/calendar/ok.ts', "import { refusalForUrl } from '../net/address-rule';\nexport const x = refusalForUrl;"],
    [
      'sync using the store and the network',
      'electron/core/sync/engine/ok.ts',
      "import { SYNC_DIR } from '../../store/store-layout';\nimport { createGuardedDispatcher } from '../../net/guarded-dispatcher';\nimport type { SyncEngine } from '../sync-port';\nexport const x: [unknown, unknown, SyncEngine | null] = [SYNC_DIR, createGuardedDispatcher, null];",
    ],
    ['the service importing features (it is where they meet)', 'electron/core/service/ok.ts', "import { capturePosting } from '../capture/capture-posting';\nexport const x = capturePosting;"],
    ['a feature importing its own files', 'electron/core/mail/ok.ts', "import { MailService } from './mail-service';\nexport const x = MailService;"],
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
