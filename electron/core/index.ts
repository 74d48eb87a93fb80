import { randomUUID } from 'node:crypto';
import type { HistoryEvent, Settings } from '../../shared/domain';
import { HearbackError } from '../../shared/contract';
import { attentionCount, isQuietAt, upcomingOccurrences } from '../../shared/followup';
import { calendarHandlers } from './calendar/calendar-handlers';
import { CalendarService } from './calendar/calendar-service';
import { useUnpausingGlobalDispatcher } from './net/guarded-dispatcher';
import { createScheduler } from './scheduler';
import { createDispatcher, type Handlers } from './rpc/dispatch';
import { mailHandlers } from './mail/mail-handlers';
import { MailService } from './mail/mail-service';
import { dataHandlers } from './service/data-handlers';
import { logInput, workLogHandlers } from './service/worklog-handlers';
import { countedRows, shiftWeek, weekAt, weekStartDay, workSearchLog } from '../../shared/worklog';
import { createWorkLogReminder } from './wiring/work-log-reminder';
import type { ExportTarget } from './service/export-target';
import { replaceAllData } from './store/replace-data';
import { applicationHandlers } from './service/application-handlers';
import { captureHandlers } from './service/capture-handlers';
import type { ServiceContext } from './service/context';
import { followUpHandlers } from './service/follow-up-handlers';
import { historyHandlers } from './service/history-handlers';
import { interviewHandlers } from './service/interview-handlers';
import { settingsHandlers } from './service/settings-handlers';
import { stageHandlers } from './service/stage-handlers';
import { syncHandlers } from './service/sync-handlers';
import { workspaceHandlers } from './service/workspace-handlers';
import { MAX_PATCH_EVENTS, workspacePatch } from './service/workspace-patch';
import { BROWSER_MODE_SECRETS_REASON, memorySecretStore } from './secrets/secret-store';
import type { DataFolderLock } from './store/data-folder-lock';
import { HearbackStore } from './store/hearback-store';
import { createCallQueue } from './wiring/call-queue';
import { createSyncEngine } from './sync/engine/sync-engine';
import { ClaimAhead, ClaimsInFlight, heldElsewhere, remindersToShow, WEEKLY_REMINDER_CLAIM, weeklyReminderIsMine } from './sync/engine/claims';
import { NOTIFICATION_ACTS, notificationTestHandler } from './wiring/notification-actions';
import { createCoreNotices } from './wiring/core-notices';

/**
 * The main-process core: the store, the scheduler and every contract handler, with no Electron.
 * The Electron app and browser mode both call `openCore` and differ only in the ports they pass.
 */

export * from './ports';
import type { Core, CoreEventListener, CorePorts } from './ports';
export type { ExportTarget } from './service/export-target';
export type { SchedulerHint } from './scheduler/ports';

const noExportTarget: ExportTarget = {
  save: () => Promise.reject(new HearbackError('unavailable', 'Exporting is not available in this mode.')),
};

export { WRITE_RETRY_MS } from './wiring/core-notices';
/** Quiet time after the last change before the store writes a snapshot (see `snapshotIfBehind`). */
export const IDLE_SNAPSHOT_MS = 30_000;

export async function openCore(ports: CorePorts): Promise<Core> {
  // Every fetch in this process, Node's own included, reads on when its reader is slow (net/guarded-dispatcher.ts).
  useUnpausingGlobalDispatcher();
  const now = () => new Date(ports.clock.now());
  const newId = () => randomUUID();
  /** Events committed since the last `data.changed`; past the patch limit only their count matters. */
  let pending: HistoryEvent[] = [];
  let pendingOverflow = false;
  const onCommitted = (events: readonly HistoryEvent[]) => {
    sync.committed(events);
    if (pendingOverflow || pending.length + events.length > MAX_PATCH_EVENTS) {
      pendingOverflow = true;
      pending = [];
    } else pending.push(...events);
  };
  const openStore = (lock?: DataFolderLock) =>
    HearbackStore.open({ dataDir: ports.dataDir, now, newId, compactEvery: ports.compactEvery, fs: ports.storeFs, takeOverLock: ports.takeOverLock, lock, onCommitted, filterUndo: (id, changes) => sync.filterUndo(id, changes) });
  // Sync: the engine records every commit once its replica exists, and applies incoming changes in the call queue.
  const sync = createSyncEngine({
    dataDir: ports.dataDir,
    deviceId: ports.sync?.deviceId ?? newId(),
    deviceName: ports.sync?.deviceName ?? 'This computer',
    store: () => ctx.store,
    run: (fn) => runQueued(fn),
    now: () => ports.clock.now(),
    warn: (message, meta) => ports.log.warn(message, meta),
    reminderComputer: ports.sync?.reminderComputer,
    maxBackoffMs: ports.sync?.maxBackoffMs,
    onRemoteDelivery: (followUpId, occurrence) => (followUpId === WEEKLY_REMINDER_CLAIM ? ports.notifier.closeWorkSearchWeek?.(occurrence) : ports.notifier.close?.(followUpId, occurrence)),
  });
  const listeners = new Set<CoreEventListener>();
  const emit: ServiceContext['emit'] = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  const systemZone = ports.systemTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const secrets = ports.secrets ?? memorySecretStore(BROWSER_MODE_SECRETS_REASON);
  const ctx: ServiceContext = { store: openStore(), now, newId, zone: () => ctx.store.settings.timeZone ?? systemZone(), emit, releaseQueue: () => {}, secrets };
  // What the app tells the user about its data (policy in wiring/core-notices.ts).
  const coreNotices = createCoreNotices({
    initial: [...ctx.store.notices.map((n, i) => ({ id: `store-${i}`, ...n })), ...(ports.hostNotices ?? []).map((n, i) => ({ id: `host-${i}`, ...n }))],
    store: () => ctx.store,
    emit: (notice) => emit('notice', notice),
    log: ports.log,
    clock: ports.clock,
  });
  const notices = coreNotices.list;
  coreNotices.watch(ctx.store);

  let lastRevision = ctx.store.revision;
  /** Announces a change (from any source) and lets the scheduler look again. */
  const afterChange = () => {
    if (ctx.store.revision === lastRevision) return;
    const previousRevision = lastRevision;
    lastRevision = ctx.store.revision;
    // A store swapped by an import reports no events: the renderer refetches.
    const events = pending;
    const patch = pendingOverflow || events.length === 0 ? null : workspacePatch(ctx.store, events, ctx.zone());
    const changedApplications = pendingOverflow || events.length === 0 ? null : events.filter((e) => e.entity === 'application').map((e) => e.entityId);
    const changedFollowUps = pendingOverflow || events.length === 0 ? undefined : events.filter((e) => e.entity === 'followUp').map((e) => e.entityId);
    pending = [];
    pendingOverflow = false;
    emit('data.changed', { revision: lastRevision, previousRevision, patch });
    void scheduler.recompute('data-changed');
    claims.add(claimAhead.request(changedFollowUps));
    // An application added: replies that matched nothing may be about it.
    mail.recordsChanged(changedApplications);
    scheduleIdleSnapshot();
  };

  let idleSnapshotTimer: unknown = null;
  const scheduleIdleSnapshot = () => {
    if (idleSnapshotTimer !== null) ports.clock.clearTimeout(idleSnapshotTimer);
    idleSnapshotTimer = ports.clock.setTimeout(() => {
      idleSnapshotTimer = null;
      void runQueued(() => ctx.store.snapshotIfBehind());
    }, IDLE_SNAPSHOT_MS);
  };

  // Mail: replies hold check-ins (urgency.ts), so a change re-judges reminders and tells the renderer.
  // Created before the scheduler, whose snapshot asks it for the holds; it starts looking below.
  const mail = new MailService({
    dataDir: ports.dataDir,
    ...(ports.localStateEngine ? { localStateEngine: ports.localStateEngine } : {}),
    now: () => ports.clock.now(),
    newId,
    secrets,
    timers: ports.clock,
    records: () => ({ applications: ctx.store.active.applications.values(), interviews: ctx.store.active.interviews.values() }),
    readApplication: (id) => ctx.store.readApplication(id),
    onChanged: () => {
      emit('mail.changed', {});
      void scheduler.recompute('data-changed');
    },
    warn: (message, meta) => ports.log.warn(message, meta),
    onNewReplies: (replies) => {
      // Told like reminders: in the app always, by the OS when notifications are on and it is not quiet time.
      emit('mail.replies', { replies });
      const settings = ctx.store.settings;
      if (settings.notificationsEnabled && !isQuietAt(ports.clock.now(), settings.quietHours, ctx.zone())) ports.notifier.showReplies?.(replies);
    },
    recording: { ctx, run: (fn) => runQueued(fn) },
    ...ports.mail,
  });
  if (mail.fileProblem) {
    ports.log.warn('mail settings file unreadable; mail accounts must be connected again');
    notices.push({ id: 'mail-file', level: 'warning', code: 'mail-file-damaged', message: `${mail.fileProblem} Connect your mail accounts again in Settings → Mail.` });
  }

  // The weekly work-search reminder: in the app always (its toast), by the host's notifier too;
  // it decides itself about quiet hours and notifications being off (weekly-reminder.ts).
  const claims = new ClaimsInFlight();
  const workLogReminder = createWorkLogReminder({
    dataDir: ports.dataDir,
    ...(ports.localStateEngine ? { engine: ports.localStateEngine } : {}),
    settings: () => ctx.store.settings,
    zone: () => ctx.zone(),
    count: (week) => countedRows(workSearchLog(logInput(ctx), week)).length,
    // Once across computers (claims.ts): the week's claim decides which computer shows it.
    show: (notice) =>
      claims.add(
        weeklyReminderIsMine(sync, notice.week.from).then((mine) => {
          if (!mine) return;
          emit('worklog.reminder', notice);
          ports.notifier.showWorkSearchWeek?.(notice);
        }),
      ),
    warn: (message, meta) => ports.log.warn(message, meta),
  });
  if (workLogReminder.problem) ports.log.warn('weekly work-search reminder file unreadable; set aside');

  // The reminder computer claims ahead what it will show, so a spell offline shows nothing twice (claims.ts).
  const claimAhead = new ClaimAhead({
    sync,
    now: () => ports.clock.now(),
    occurrences: (nowMs, untilMs, only) =>
      upcomingOccurrences(
        [...ctx.store.active.followUps.values()].filter((f) => (f.status === 'pending' || f.status === 'snoozed') && (only === null || only.has(f.id))),
        nowMs,
        untilMs,
        mail.heldApplications(),
      ),
    weeklyKeys: (nowMs) => {
      const settings = ctx.store.settings;
      if (!settings.workLogReminder.enabled) return [];
      const thisWeek = weekAt(nowMs, ctx.zone(), weekStartDay(settings.workWeek));
      return [shiftWeek(thisWeek, -1).from, thisWeek.from];
    },
  });
  sync.onStatus((status) => {
    if (status.state === 'synced') claims.add(claimAhead.request());
  });

  const scheduler = createScheduler({
    clock: ports.clock,
    onCheck: (nowMs) => {
      workLogReminder.check(nowMs);
      claims.add(claimAhead.request());
    },
    // Slept (the timer came late): refresh as on the OS's resume, in every host (host-lifecycle.ts).
    onWoke: () => {
      void calendar.refreshAll();
      void mail.checkAll();
    },
    source: {
      snapshot: () => ({
        followUps: [...ctx.store.active.followUps.values()].filter((f) => f.status === 'pending' || f.status === 'snoozed'),
        settings: ctx.store.settings,
        zone: ctx.zone(),
        heldApplications: mail.heldApplications(),
      }),
      async recordDeliveries(deliveries) {
        const at = now().toISOString();
        const held = await heldElsewhere(sync, deliveries);
        const changes = deliveries.flatMap((d) => {
          if (held.has(`${d.followUpId} ${d.occurrence}`)) return [];
          const followUp = ctx.store.readFollowUp(d.followUpId);
          if (!followUp) return [];
          const after = { ...followUp, deliveries: [...followUp.deliveries, { occurrence: d.occurrence, at, via: d.via }].slice(-1000) };
          return [{ entity: 'followUp' as const, kind: 'delivered' as const, id: followUp.id, applicationId: followUp.applicationId, after, summary: `Reminded: ${followUp.title}` }];
        });
        if (changes.length === 0) return;
        ctx.store.commit({ summary: 'Reminders delivered', undoable: false, changes });
        afterChange();
      },
    },
    notifier: {
      show(reminders, digest) {
        // The renderer lists them (and, in browser mode, shows them); the adapter shows the OS notification
        // of those this computer may show (each reminder once across computers: sync/engine/claims.ts).
        emit('reminders.due', { reminders, digest });
        claims.add(
          remindersToShow(sync, reminders).then((mine) => {
            if (mine.length > 0) ports.notifier.show(mine, digest && mine.length === reminders.length);
          }),
        );
      },
    },
  });

  // The swap happens under the store's lock (held throughout), so no other Hearback can open the
  // folder mid-import. Acknowledged exactly when applied: a failure after the commit point (the
  // marker) is finished by the reopen, and then it is a success.
  const replaceAll = async (plan: Parameters<typeof replaceAllData>[1]) => {
    const lock = ctx.store.closeKeepingLock() ?? undefined;
    let failure: unknown = null;
    try {
      const previous = replaceAllData(ports.dataDir, plan, now().toISOString(), ports.storeFs);
      ports.log.info('backup imported; previous data kept', { previous });
    } catch (error) {
      failure = error;
    }
    ctx.store = openStore(lock);
    coreNotices.watch(ctx.store);
    lastRevision = -1;
    if (failure !== null && ctx.store.completedImport === null) throw failure;
  };

  const calendar = new CalendarService({
    ctx,
    dataDir: ports.dataDir,
    ...(ports.localStateEngine ? { localStateEngine: ports.localStateEngine } : {}),
    log: ports.log,
    run: (fn) => runQueued(fn),
    setTimeout: (fn, ms) => ports.clock.setTimeout(fn, ms),
    clearTimeout: (handle) => ports.clock.clearTimeout(handle),
    ...ports.calendar,
  });
  calendar.onChange(() => emit('calendar.changed', {}));
  if (calendar.fileProblem) notices.push({ id: 'calendar-file', level: 'warning', code: 'calendar-file-damaged', message: `${calendar.fileProblem} Add your calendars again in Settings → Calendars.` });

  const handlers: Handlers = {
    ...calendarHandlers(ctx, calendar),
    ...workspaceHandlers(ctx, { version: ports.version, mode: ports.mode, dataDir: ports.dataDir, notices }),
    ...applicationHandlers(ctx),
    ...captureHandlers(ctx, { ...ports.capture, userAgent: `Hearback/${ports.version} (job-application tracker; fetches a posting its user asked for)` }),
    ...stageHandlers(ctx),
    ...interviewHandlers(ctx),
    ...followUpHandlers(ctx),
    ...historyHandlers(ctx),
    ...settingsHandlers(ctx, (_settings: Settings) => void scheduler.recompute('timezone-change')),
    ...dataHandlers(ctx, { exportTarget: ports.exportTarget ?? noExportTarget, replaceAll, renderPdf: ports.renderPdf }),
    ...mailHandlers(ctx, mail, { heardBack: interviewHandlers(ctx)['interviews.heardBack'], move: applicationHandlers(ctx)['applications.move'] }),
    ...workLogHandlers(ctx, { exportTarget: ports.exportTarget ?? noExportTarget, renderPdf: ports.renderPdf }),
    ...notificationTestHandler(ctx, ports, now),
    ...syncHandlers(ctx, { dataDir: ports.dataDir, engine: ports.syncEngine ?? sync, localStateEngine: ports.localStateEngine, notices, warn: (m, meta) => ports.log.warn(m, meta) }),
  };
  const dispatchRaw = createDispatcher(handlers, {
    readOnlyReason: () => ctx.store.readOnlyReason,
    log: (m, meta) => ports.log.warn(m, meta),
    revision: () => ctx.store.revision,
  });

  // Calls and writes from outside a call are serialised: see wiring/call-queue.ts.
  const calls = createCallQueue(ctx, dispatchRaw, afterChange);
  const dispatch = calls.dispatch;
  const runQueued = <T>(fn: () => T): Promise<T> => calls.run(fn);
  if (ports.sync?.connection) await sync.start(ports.sync.connection);

  scheduler.start();
  void scheduler.recompute('start');
  calendar.start();
  mail.start();

  return {
    get store() {
      return ctx.store;
    },
    sync,
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hint(reason) {
      void scheduler.recompute(reason);
      if (reason === 'resume') void calendar.refreshAll();
      if (reason === 'resume') void mail.checkAll();
    },
    async settled() {
      // A call may start a recompute, whose delivery may commit: wait for both, twice over.
      for (let round = 0; round < 2; round++) {
        await calendar.idle();
        await mail.idle();
        await calls.drained();
        await scheduler.idle();
        await claims.settled();
      }
    },
    dueCount() {
      // The same rule as Today and the board: recurrence, snoozes and waiting check-ins included.
      return attentionCount([...ctx.store.active.followUps.values()], now().getTime(), ctx.zone(), mail.heldApplications());
    },
    async act(followUpId, action) {
      const followUp = ctx.store.readFollowUp(followUpId);
      if (!followUp) return;
      if (action === 'draft') {
        emit('navigate', { applicationId: followUp.applicationId, followUpId, action: 'draft' });
        return;
      }
      const envelope = await dispatch('followUps.act', { id: followUpId, act: NOTIFICATION_ACTS[action] });
      if (!envelope.ok) ports.log.warn('notification action failed', { code: envelope.error.code });
    },
    async answerReply(replyId, answer) {
      const envelope = await dispatch('mail.replies.answer', { id: replyId, answer });
      if (!envelope.ok) ports.log.warn('reply notification action failed', { code: envelope.error.code });
    },
    async close() {
      scheduler.stop();
      calendar.stop();
      await mail.stop();
      coreNotices.stop();
      if (idleSnapshotTimer !== null) ports.clock.clearTimeout(idleSnapshotTimer);
      await calls.drained();
      await claims.settled();
      await sync.close();
      ctx.store.close();
    },
  };
}
