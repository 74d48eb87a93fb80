import { z } from 'zod';
import { stampOrder } from './hlc';
import type { PouchDatabase, PouchDoc } from './pouch';

/**
 * Which computer is the reminder computer: one document in the synced database, so every computer
 * that has synced agrees on one, and two computers can never both hold the role once they have met.
 *
 * | situation                                              | the reminder computer                                          |
 * |--------------------------------------------------------|----------------------------------------------------------------|
 * | no role document yet (a computer just set up)          | the computers whose own setting says so (setup: the first one) |
 * | a role document                                        | the computer it names (none when it names none)                |
 * | two computers took the role while apart (a conflict)   | the later stamp (HLC), ties by device id — the same everywhere |
 * | the user ticks "reminder computer" here                | this computer, stamped now: later than every role it has seen   |
 * | the user unticks it on the reminder computer           | none (online, the claims still decide; offline, only badges)    |
 * | a role written for another database (this folder synced elsewhere before) | ignored: the document names its database |
 *
 * The conflict is decided by reading every revision, not by CouchDB's own winner (which orders by
 * revision depth and hash, not by time), and nothing is written to decide it: every computer reads
 * the same revisions and so picks the same holder.
 */
export const REMINDER_ROLE_ID = 'reminder-computer';

const RoleDocSchema = z.object({
  _id: z.literal(REMINDER_ROLE_ID),
  type: z.literal('role'),
  /** The device holding the role, or null when the user turned it off everywhere. */
  dev: z.string().min(1).max(200).nullable(),
  name: z.string().max(200).nullable(),
  /** When the role was taken (HLC), and by which computer (ties). */
  hlc: z.string().max(40),
  by: z.string().max(200),
  /** The database the role is for: a replica that synced with another database before carries its old role. */
  db: z.string().max(300),
});

export interface ReminderRole {
  /** The holder's device id, or null: no computer notifies while offline. */
  device: string | null;
  name: string | null;
  hlc: string;
  by: string;
}

/** The role as this replica holds it (every revision weighed), or null when no computer has taken it yet. */
export async function readReminderRole(local: PouchDatabase, database: string): Promise<ReminderRole | null> {
  const winner = await local.get(REMINDER_ROLE_ID, { conflicts: true }).catch(() => null);
  if (!winner) return null;
  const revisions: PouchDoc[] = [winner];
  for (const rev of winner._conflicts ?? []) {
    const other = await local.get(REMINDER_ROLE_ID, { rev }).catch(() => null);
    if (other) revisions.push(other);
  }
  let latest: ReminderRole | null = null;
  for (const revision of revisions) {
    const parsed = RoleDocSchema.safeParse(revision);
    if (!parsed.success || parsed.data.db !== database) continue;
    const role: ReminderRole = { device: parsed.data.dev, name: parsed.data.name, hlc: parsed.data.hlc, by: parsed.data.by };
    if (latest === null || stampOrder({ hlc: role.hlc, device: role.by }, { hlc: latest.hlc, device: latest.by }) > 0) latest = role;
  }
  return latest;
}

/**
 * Takes the role for `holder` (or gives it up everywhere with null), stamped `hlc` by `by`. Written
 * on the replica's current winning revision, so it replicates as the newest; conflicting revisions
 * are removed here (they are older than this stamp, which the clock made later than all it saw).
 */
export async function writeReminderRole(local: PouchDatabase, database: string, holder: { id: string; name: string } | null, hlc: string, by: string): Promise<ReminderRole> {
  const current = await local.get(REMINDER_ROLE_ID, { conflicts: true }).catch(() => null);
  const role: ReminderRole = { device: holder?.id ?? null, name: holder?.name ?? null, hlc, by };
  const doc: PouchDoc = { _id: REMINDER_ROLE_ID, type: 'role', dev: role.device, name: role.name, hlc, by, db: database };
  if (current?._rev) doc._rev = current._rev;
  const removals = (current?._conflicts ?? []).map((rev) => ({ _id: REMINDER_ROLE_ID, _rev: rev, _deleted: true }));
  await local.bulkDocs([doc, ...removals]);
  return role;
}
