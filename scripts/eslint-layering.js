// @ts-check
/**
 * The architecture, as lint rules (see README "Architecture"):
 *   shared/            → imports nothing from electron, node:*, React or the DOM
 *   electron/core/     → shared only; never `electron` (it runs under plain Node), never an adapter
 *                        (electron/main, electron/preload, electron/browser-mode)
 *   electron/browser-mode/ → core and shared; never `electron`, never electron/main or preload
 *   electron/main/     → the thin Electron adapters
 *   electron/preload/  → at run time only `electron` and its own files (it runs sandboxed, where
 *                        `require` knows nothing else); type-only imports from shared are fine
 *   renderer/          → shared only; never electron or node:*, and the main process only
 *                        through renderer/src/contract/
 * test/lint/layering.test.ts proves each rule fires.
 */
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), ...builtinModules.map((m) => `node:${m}`)];

const electronBan = {
  group: ['electron', 'electron/*', 'electron-store', 'electron-log', 'electron-log/*'],
  message: 'This layer must run without Electron: take what you need as a parameter (an adapter in electron/main provides it).',
};
const nodeBan = { group: ['node:*'], message: 'This layer must not use Node built-ins.' };
/** Bare built-in names ("fs", "path") as exact paths: as patterns they would match folders such as "domain". */
const nodeBarePaths = nodeBuiltins.filter((m) => !m.startsWith('node:')).map((name) => ({ name, message: 'This layer must not use Node built-ins.' }));
const reactBan = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'shared/ is pure: no React.',
};
const mainProcessBan = {
  group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/browser-mode/**'],
  message: 'The renderer reaches the main process only through the contract (renderer/src/contract).',
};

/** Relative imports that climb out of the core into an adapter folder. */
const adapterBan = (adapters) => ({
  regex: `^(\\.\\./)+(electron/)?(${adapters.join('|')})(/|$)`,
  message: 'The core and browser mode must not depend on the hosts that adapt them: pass what you need in as a port.',
});
const preloadOnlyElectron = {
  regex: '^(?!electron$|\\./)',
  allowTypeImports: true,
  message: 'The sandboxed preload can require only `electron` and its own files at run time (type-only imports are erased).',
};

/** DOM globals that must not appear in pure code. */
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'fetch', 'location'].map((name) => ({ name, message: 'shared/ is pure: no DOM.' }));

const FEATURES = ['mail', 'calendar', 'capture', 'data', 'scheduler', 'store', 'sync'];
/** A relative import that climbs out of the file's folder into `names` (a folder or a file of the core). */
const climbsInto = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
/** Every feature but this one and the store (which has its own rule per folder). */
const otherFeatures = (feature) => ({
  regex: climbsInto(FEATURES.filter((f) => f !== feature && f !== 'store')),
  message: `Features inside the core are walled: ${feature} reaches another feature only through the service context or ports.ts, which the wiring (electron/core/index.ts) hands it.`,
});
const handlerModules = {
  regex: '^(\\.\\./)+service/(?!context$|follow-up-planning$)',
  message: "Another area's handler module is not a way in: take what you need from the service context, or have the wiring (electron/core/index.ts) pass it.",
};
const anyService = {
  regex: climbsInto(['service']),
  message: 'This layer sits below the service: it must not import handlers or their context.',
};
const wiringBan = {
  regex: `${climbsInto(['wiring', 'index', 'host-lifecycle'])}|^\\.\\.(/\\.\\.)*/?$`,
  message: 'Only the core index wires the core together: a feature must not import the wiring.',
};
const storeInternals = {
  regex: '^(\\.\\./)+store/(?!durable-fs$|store-fs$|write-failure$)',
  allowTypeImports: true,
  message: 'The store comes through the service context (ctx.store): import its types only, or its durable file layer (durable-fs, store-fs, write-failure).',
};
const coreBans = [electronBan, adapterBan(['main', 'preload', 'browser-mode'])];

/** One config per walled folder of the core: its own bans plus the core's (a later config's rule replaces an earlier one's). */
const featureWalls = [
  ...['mail', 'calendar', 'capture', 'data', 'scheduler'].map((feature) => ({
    files: [`electron/core/${feature}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...coreBans, otherFeatures(feature), handlerModules, wiringBan, storeInternals] }] },
  })),
  { files: ['electron/core/store/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...coreBans, otherFeatures('store'), anyService, wiringBan] }] } },
  { files: ['electron/core/sync/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...coreBans, otherFeatures('sync'), anyService, wiringBan] }] } },
  {
    files: ['electron/core/{net,secrets,data-folder,rpc}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...coreBans, { regex: climbsInto(FEATURES.filter((f) => f !== 'store')), message: 'The infrastructure (net, secrets, data-folder, rpc) serves every feature and knows none.' }, anyService, wiringBan] },
      ],
    },
  },
];

/** @type {import('typescript-eslint').ConfigArray} */
export const layeringConfigs = [
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBarePaths, patterns: [electronBan, nodeBan, reactBan] }],
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'shared/ is pure: no Node globals.' }, { name: 'Buffer', message: 'shared/ is pure: no Node globals.' }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: coreBans }] },
  },
  ...featureWalls,
  {
    files: ['electron/browser-mode/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronBan, adapterBan(['main', 'preload'])] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [preloadOnlyElectron] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    // The renderer's build config runs in Node, not in the renderer.
    ignores: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeBarePaths, patterns: [electronBan, nodeBan, mainProcessBan] }] },
  },
  {
    // Only the contract module may talk to the preload bridge or the browser-mode endpoint.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/contract/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'hearback', message: 'Use renderer/src/contract.' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use renderer/src/contract; the renderer makes no other requests.' }],
    },
  },
];
