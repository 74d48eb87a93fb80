import type Conf from 'conf';
import ElectronStore from 'electron-store';
import { durableEngine, type DurableLocalStateEngine } from '../core/data-folder/local-state-engine';

/**
 * The desktop app's engine for this computer's own state (`window-state.json` in userData,
 * `mail.json` and `calendar.json` in the data folder): electron-store, with conf's two file calls
 * replaced by the store's durable writer (local-state-engine.ts). `LocalStateFile` gives it its
 * folder (`cwd`), file name, schema and migrations, and never `clearInvalidConfig`.
 *
 * electron-store 11 adds no file call of its own: it fills `cwd` and `projectVersion` from `app`
 * when they are not given (both always are) and answers the renderer's `electron-store-get-data`,
 * which Hearback's sandboxed, bridge-only renderer cannot send.
 */
export const DesktopLocalState: DurableLocalStateEngine = durableEngine(
  // Its constructor takes conf's options with the file's name as `name` (LocalStateFile passes both).
  ElectronStore as unknown as typeof Conf,
);
