import { randomBytes, timingSafeEqual } from 'node:crypto';
import { HearbackError, type SyncView } from '../../../../shared/contract';
import type { SyncStatusView } from '../../../../shared/contract';
import type { DurableLocalStateEngine } from '../../data-folder/local-state-engine';
import type { Resolver } from '../../net/address-rule';
import type { SecretStore } from '../../secrets/secret-store';
import type { SyncConnection, SyncEngine, SyncStatus } from '../sync-port';
import { deriveKey, newSalt } from './passphrase-key';
import { checkMemberAccess, databaseNameFor, memberUserFor, newMemberPassword, provision } from './provision';
import { recordCipherFromKey } from './record-cipher';
import { createSetupCode, openSetupCode, setupCodeQrSvg } from './setup-code';
import { openSyncFile, SYNC_SECRET, type StoredSyncFile, type SyncConnectionRecord } from './sync-file';
import { toContractError } from './sync-errors';

export interface SyncSetupDeps {
  dataDir: string;
  localStateEngine?: DurableLocalStateEngine;
  secrets: SecretStore;
  /** The replication engine; null until this build has one (then "configured" is as far as it goes). */
  engine: SyncEngine | null;
  now: () => Date;
  newId: () => string;
  /** The user's name, for the database's name on the server. */
  userLabel: () => string;
  onView: (view: SyncView) => void;
  warn: (message: string, meta?: Record<string, unknown>) => void;
  resolve?: Resolver;
  timeoutMs?: number;
}

/** Only the contract's fields: an engine's own extras never reach the renderer's strict schema. */
const pickStatus = (s: SyncStatus): SyncStatusView => ({ state: s.state, pending: s.pending, offlineSinceMs: s.offlineSinceMs, reason: s.reason, lastSyncedAtMs: s.lastSyncedAtMs });

const OFF: SyncStatusView = { state: 'off', pending: 0, offlineSinceMs: null, reason: null, lastSyncedAtMs: null };

/**
 * Settings → Sync: setting up (provisioning the server), joining with a setup code, the code for
 * the next computer, leaving, and this computer's name and reminder role; the engine is started
 * with the connection and its status passed on.
 *
 * | action     | writes (only after every check passed)                        | engine             |
 * |------------|---------------------------------------------------------------|--------------------|
 * | set up     | `pendingSeed` first (a retry reuses the names); then the      | started            |
 * |            | connection (reminder computer: yes), the member password and  |                    |
 * |            | the record key in the secret store                            |                    |
 * | join       | nothing until the code opens and the member can read the      | started            |
 * |            | database; then as set up (reminder computer: no)              |                    |
 * | setup code | nothing; with encryption the passphrase must be the one the   | —                  |
 * |            | records are encrypted with (the same key), else wrong_passphrase |                 |
 * | leave      | the connection and both secrets removed                       | stopped            |
 * | core start | —                                                             | started when set up and the password is kept |
 */
export class SyncSetup {
  private readonly file: StoredSyncFile;
  private engineStatus: SyncStatusView = OFF;
  private unsubscribe: (() => void) | null = null;
  /** Setting up or joining waits on the server with the queue released: one at a time. */
  private connecting = false;

  /** Set when this data folder turned out to be a copy from another computer (see `bindDevice`). */
  readonly copiedNotice: string | null;

  constructor(private readonly deps: SyncSetupDeps) {
    this.file = openSyncFile(deps.dataDir, deps.localStateEngine);
    this.copiedNotice = this.bindDevice();
    const named = this.device();
    if (named !== null) deps.engine?.useDevice?.(named);
    if (deps.engine) {
      this.engineStatus = pickStatus(deps.engine.status());
      this.unsubscribe = deps.engine.onStatus((status) => {
        this.engineStatus = pickStatus(status);
        deps.onView(this.view());
      });
    }
  }

  /**
   * The device id in `sync.json` travels with the data folder; this computer's secret store (the
   * OS keychain, outside the data folder) says which id this computer syncs as. Two computers
   * with one id would break clocks' ties, action ids, reminder claims and "From …":
   *
   * | secret store kept across runs? | bound id         | sync password kept | this data folder is                       | done                                  |
   * |--------------------------------|------------------|--------------------|-------------------------------------------|---------------------------------------|
   * | no (nothing survives a run)    | —                | —                  | unknown; joining again makes a new id      | nothing                               |
   * | yes                            | the file's id    | —                  | this computer's own                        | nothing                               |
   * | yes                            | none             | yes                | this computer's, set up before ids were bound | the id bound, silently             |
   * | yes                            | none             | no                 | a copy (or a backup restored here)         | a new id, bound; a notice             |
   * | yes                            | another id       | —                  | a copy over this computer's own folder     | a new id, bound; a notice             |
   */
  private bindDevice(): string | null {
    const c = this.file.value.connection;
    const { secrets } = this.deps;
    if (c === null || !secrets.persistent) return null;
    const bound = secrets.get(SYNC_SECRET.deviceId);
    if (bound === c.deviceId) return null;
    if (bound === null && secrets.get(SYNC_SECRET.password) !== null) {
      secrets.set(SYNC_SECRET.deviceId, c.deviceId);
      return null;
    }
    const deviceId = this.deps.newId();
    this.file.save({ ...this.file.value, connection: { ...c, deviceId } });
    secrets.set(SYNC_SECRET.deviceId, deviceId);
    return `This data folder was copied from another computer or restored from a backup. So the two computers are not mistaken for one another, this one now syncs as a computer of its own, still named “${c.deviceName}”: give it a name of its own in Settings → Sync.`;
  }

  get fileProblem(): string | null {
    return this.file.problem;
  }

  view(): SyncView {
    const c = this.file.value.connection;
    return {
      connection:
        c === null
          ? null
          : {
              serverUrl: c.serverUrl,
              database: c.database,
              username: c.username,
              ownNetwork: c.reach === 'own-network',
              deviceName: c.deviceName,
              // The role as the synced computers agree on it (reminder-role.ts); this computer's own setting until then.
              reminderComputer: this.deps.engine ? this.deps.engine.reminderRole().here : c.reminderComputer,
              reminderComputerName: this.deps.engine ? this.deps.engine.reminderRole().holderName : null,
              encrypted: c.encryptionSalt !== null,
              passwordKept: this.deps.secrets.persistent && this.deps.secrets.get(SYNC_SECRET.password) !== null,
            },
      status: c === null ? OFF : this.engineStatus,
      engine: this.deps.engine !== null,
    };
  }

  setUp(req: { serverUrl: string; adminUser: string; adminPassword: string; ownNetwork: boolean; deviceName: string; encryptionPassphrase: string | null }): Promise<SyncView> {
    return this.oneAtATime(() => this.provisionAndKeep(req));
  }

  join(req: { code: string; passphrase: string; deviceName: string }): Promise<SyncView> {
    return this.oneAtATime(() => this.openCodeAndKeep(req));
  }

  private async oneAtATime(run: () => Promise<SyncView>): Promise<SyncView> {
    if (this.connecting) throw new HearbackError('conflict', 'Sync is being set up already; wait for it to finish.');
    this.refuseIfConfigured();
    this.connecting = true;
    try {
      return await run();
    } finally {
      this.connecting = false;
    }
  }

  private async provisionAndKeep(req: Parameters<SyncSetup['setUp']>[0]): Promise<SyncView> {
    const seed = this.file.value.pendingSeed ?? randomBytes(5).toString('hex');
    if (this.file.value.pendingSeed === null) this.file.save({ ...this.file.value, pendingSeed: seed });
    const reach = req.ownNetwork ? 'own-network' : 'public';
    const database = databaseNameFor(this.deps.userLabel(), seed);
    const member = { username: memberUserFor(seed), password: newMemberPassword() };
    const salt = req.encryptionPassphrase === null ? null : newSalt();
    let serverUrl: string;
    let recordKey: Buffer | null = null;
    try {
      ({ serverUrl } = await provision({ serverUrl: req.serverUrl, admin: { username: req.adminUser, password: req.adminPassword }, reach, database, member, ...this.net() }));
      if (salt !== null && req.encryptionPassphrase !== null) recordKey = await deriveKey(req.encryptionPassphrase, salt);
    } catch (error) {
      throw toContractError(error);
    }
    return this.keep({ serverUrl, database, username: member.username, reach, encryptionSalt: salt === null ? null : Buffer.from(salt).toString('base64url') }, member.password, recordKey, req.deviceName, true);
  }

  private async openCodeAndKeep(req: Parameters<SyncSetup['join']>[0]): Promise<SyncView> {
    let recordKey: Buffer | null = null;
    let payload;
    try {
      payload = await openSetupCode(req.code, req.passphrase);
      await checkMemberAccess(payload.serverUrl, payload.database, { username: payload.username, password: payload.password }, payload.reach, this.net());
      if (payload.encryptionSalt !== null) recordKey = await deriveKey(req.passphrase, Buffer.from(payload.encryptionSalt, 'base64url'));
    } catch (error) {
      throw toContractError(error);
    }
    const { serverUrl, database, username, reach, encryptionSalt, password } = payload;
    return this.keep({ serverUrl, database, username, reach, encryptionSalt }, password, recordKey, req.deviceName, false);
  }

  async setupCode(passphrase: string): Promise<{ code: string; qrSvg: string }> {
    const c = this.connectionOrRefuse();
    const password = this.deps.secrets.get(SYNC_SECRET.password);
    if (password === null) throw new HearbackError('unavailable', 'This computer no longer has the sync password (it was kept for the last run only); make the setup code on another computer that syncs.');
    try {
      if (c.encryptionSalt !== null) {
        const kept = this.deps.secrets.get(SYNC_SECRET.recordKey);
        const key = await deriveKey(passphrase, Buffer.from(c.encryptionSalt, 'base64url'));
        if (kept === null || !timingSafeEqual(key, Buffer.from(kept, 'base64')))
          throw new HearbackError('invalid_request', 'Use the passphrase your records are encrypted with: the next computer needs it to read them.', [
            { path: 'passphrase', message: 'This is not the passphrase your records are encrypted with.' },
          ]);
      }
      const code = await createSetupCode({ v: 1, serverUrl: c.serverUrl, database: c.database, username: c.username, password, reach: c.reach, encryptionSalt: c.encryptionSalt }, passphrase);
      return { code, qrSvg: await setupCodeQrSvg(code) };
    } catch (error) {
      throw error instanceof HearbackError ? error : toContractError(error);
    }
  }

  async leave(): Promise<SyncView> {
    await this.deps.engine?.stop();
    this.file.save({ ...this.file.value, connection: null, pendingSeed: null });
    this.deps.secrets.delete(SYNC_SECRET.password);
    this.deps.secrets.delete(SYNC_SECRET.recordKey);
    this.deps.secrets.delete(SYNC_SECRET.deviceId);
    this.engineStatus = OFF;
    return this.announce();
  }

  /** One reminder computer for all: taking the role here takes it from the computer that had it (reminder-role.ts). */
  async setReminderComputer(on: boolean): Promise<SyncView> {
    const c = this.connectionOrRefuse();
    this.file.save({ ...this.file.value, connection: { ...c, reminderComputer: on } });
    if (this.deps.engine === null) return this.announce();
    await this.deps.engine.setReminderRole(on);
    return this.announce();
  }

  setDeviceName(name: string): Promise<SyncView> {
    const c = this.connectionOrRefuse();
    this.file.save({ ...this.file.value, connection: { ...c, deviceName: name } });
    return this.restartWithDevice();
  }

  /** The engine takes the device with the connection: a new name or role starts it again. */
  private async restartWithDevice(): Promise<SyncView> {
    if (this.deps.engine !== null && this.engineConnection() !== null) {
      await this.deps.engine.stop();
      await this.restore();
    }
    return this.announce();
  }

  /** At core start: syncing resumes when this computer is set up and still has its password. */
  async restore(): Promise<void> {
    const connection = this.engineConnection();
    if (connection === null || this.deps.engine === null) return;
    try {
      await this.deps.engine.start(connection);
    } catch (error) {
      this.deps.warn('sync engine did not start', { error: (error as Error).message });
    }
  }

  /** This computer as the engine names it (its history's "From Laptop: …", its reminder role); null before setup. */
  device(): { id: string; name: string; reminderComputer: boolean } | null {
    const c = this.file.value.connection;
    return c === null ? null : { id: c.deviceId, name: c.deviceName, reminderComputer: c.reminderComputer };
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.deps.engine?.stop();
  }

  private async keep(found: Pick<SyncConnectionRecord, 'serverUrl' | 'database' | 'username' | 'reach' | 'encryptionSalt'>, password: string, recordKey: Buffer | null, deviceName: string, reminderComputer: boolean): Promise<SyncView> {
    this.deps.secrets.set(SYNC_SECRET.password, password);
    if (recordKey !== null) this.deps.secrets.set(SYNC_SECRET.recordKey, recordKey.toString('base64'));
    else this.deps.secrets.delete(SYNC_SECRET.recordKey);
    const connection: SyncConnectionRecord = { ...found, deviceId: this.deps.newId(), deviceName, reminderComputer, setUpAt: this.deps.now().toISOString() };
    this.file.save({ ...this.file.value, connection, pendingSeed: null });
    this.deps.secrets.set(SYNC_SECRET.deviceId, connection.deviceId);
    await this.restore();
    return this.announce();
  }

  /** What the engine is started with: the password and the record key from the secret store. */
  private engineConnection(): SyncConnection | null {
    const c = this.file.value.connection;
    const password = this.deps.secrets.get(SYNC_SECRET.password);
    if (c === null || password === null) return null;
    const key = c.encryptionSalt === null ? null : this.deps.secrets.get(SYNC_SECRET.recordKey);
    if (c.encryptionSalt !== null && key === null) return null;
    return {
      serverUrl: c.serverUrl,
      database: c.database,
      username: c.username,
      password,
      reach: c.reach,
      device: { id: c.deviceId, name: c.deviceName, reminderComputer: c.reminderComputer },
      recordCipher: key === null ? null : recordCipherFromKey(Buffer.from(key, 'base64')),
    };
  }

  private announce(): SyncView {
    const view = this.view();
    this.deps.onView(view);
    return view;
  }

  private net() {
    return { ...(this.deps.resolve ? { resolve: this.deps.resolve } : {}), ...(this.deps.timeoutMs ? { timeoutMs: this.deps.timeoutMs } : {}) };
  }

  private refuseIfConfigured(): void {
    if (this.file.value.connection !== null) throw new HearbackError('conflict', 'This computer already syncs; leave sync first to use another server.');
  }

  private connectionOrRefuse(): SyncConnectionRecord {
    const c = this.file.value.connection;
    if (c === null) throw new HearbackError('conflict', 'This computer does not sync yet; set up sync first.');
    return c;
  }
}
