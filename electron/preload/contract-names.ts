import type { EventName, IPC_EVENT_CHANNEL as ContractEventChannel, IPC_PREFIX as ContractPrefix, MethodName } from '../../shared/contract';

/**
 * The contract's names as plain data, for the preload. The preload runs sandboxed, where
 * `require` reaches nothing but `electron`, and electron-vite leaves package dependencies
 * (zod) external; importing values from shared/contract would pull zod in and fail at load.
 * `satisfies Record<…, true>` makes the compiler reject a missing or extra name, so these
 * lists cannot drift from the contract (and a unit test compares them too).
 */
const METHODS = {
  'app.info': true,
  'app.dismissNotice': true,
  'workspace.get': true,
  'applications.create': true,
  'capture.preview': true,
  'applications.update': true,
  'applications.move': true,
  'applications.setArchived': true,
  'applications.delete': true,
  'applications.get': true,
  'applications.listArchived': true,
  'stages.create': true,
  'stages.update': true,
  'stages.reorder': true,
  'stages.delete': true,
  'interviews.create': true,
  'interviews.update': true,
  'interviews.heardBack': true,
  'interviews.answerLate': true,
  'interviews.delete': true,
  'followUps.create': true,
  'followUps.act': true,
  'followUps.saveDraft': true,
  'followUps.compose': true,
  'history.list': true,
  'history.undo': true,
  'history.redo': true,
  'settings.get': true,
  'settings.update': true,
  'notifications.test': true,
  'export.run': true,
  'import.previewCsv': true,
  'import.commitCsv': true,
  'import.backup': true,
  'insights.get': true,
  'calendar.state': true,
  'calendar.addFeed': true,
  'calendar.removeSource': true,
  'calendar.setOwnNetwork': true,
  'calendar.listCalDav': true,
  'calendar.addCalDav': true,
  'calendar.refresh': true,
  'calendar.importFile': true,
  'calendar.confirm': true,
  'calendar.dismiss': true,
  'calendar.resolveCancellation': true,
  'mail.status': true,
  'mail.accounts.test': true,
  'mail.accounts.connect': true,
  'mail.accounts.disconnect': true,
  'mail.checkNow': true,
  'mail.replies.answer': true,
  'mail.send': true,
  'worklog.get': true,
  'worklog.add': true,
  'worklog.edit': true,
  'worklog.remove': true,
  'worklog.export': true,
  'sync.status': true,
  'sync.setUp': true,
  'sync.join': true,
  'sync.setupCode': true,
  'sync.leave': true,
  'sync.setReminderComputer': true,
  'sync.setDeviceName': true,
} satisfies Record<MethodName, true>;

const EVENTS = {
  'data.changed': true,
  'reminders.due': true,
  notice: true,
  navigate: true,
  'view.open': true,
  'capture.open': true,
  'calendar.changed': true,
  'mail.replies': true,
  'mail.changed': true,
  'worklog.reminder': true,
  'worklog.open': true,
  'sync.status': true,
} satisfies Record<EventName, true>;

export const PRELOAD_IPC_PREFIX: typeof ContractPrefix = 'hearback:';
export const PRELOAD_EVENT_CHANNEL: typeof ContractEventChannel = 'hearback-event';

/** Whether `value` names a contract method (own keys only: not `toString`, `__proto__`…). */
export function isContractMethod(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(METHODS, value);
}

/** Whether `value` names a contract event. */
export function isContractEvent(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, value);
}
