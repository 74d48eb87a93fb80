import { HearbackError } from '../../../../shared/contract';
import { CURRENT_SCHEMA_VERSION } from '../snapshot-schema';
import { upgradeV1toV2 } from './v1-to-v2';

/** One pure step per version: `steps[n]` turns a version-n document into version n+1. */
const steps: Record<number, (doc: unknown) => unknown> = {
  1: upgradeV1toV2,
};

export function schemaVersionOf(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const version = (doc as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** Runs every step from the document's version to the current one. */
export function migrateToCurrent(doc: unknown): unknown {
  let version = schemaVersionOf(doc);
  if (version === null) throw new HearbackError('internal', 'The data file has no schema version.');
  let current = doc;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new HearbackError('internal', `No migration from schema version ${version}.`);
    current = step(current);
    version += 1;
  }
  return current;
}
