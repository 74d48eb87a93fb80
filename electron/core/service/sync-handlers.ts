import type { Notice } from '../../../shared/contract';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import type { Resolver } from '../net/address-rule';
import type { Handlers } from '../rpc/dispatch';
import { SyncSetup } from '../sync/setup/sync-setup';
import type { SyncEngine } from '../sync/sync-port';
import type { ServiceContext } from './context';

type SyncMethod = 'sync.status' | 'sync.setUp' | 'sync.join' | 'sync.setupCode' | 'sync.leave' | 'sync.setReminderComputer' | 'sync.setDeviceName';

export interface SyncHandlerPorts {
  dataDir: string;
  engine: SyncEngine | null;
  localStateEngine?: DurableLocalStateEngine | undefined;
  warn: (message: string, meta?: Record<string, unknown>) => void;
  /** The core's notices: a damaged `sync.json` is told there. */
  notices?: Notice[];
  /** Tests resolve names themselves. */
  resolve?: Resolver | undefined;
}

/**
 * The contract's sync methods. Setting up and joining wait on the server: they let the queue go on
 * meanwhile (they touch no record). The engine is started here at core start when this computer
 * is set up (`restore`).
 */
export function syncHandlers(ctx: ServiceContext, ports: SyncHandlerPorts): Pick<Handlers, SyncMethod> {
  const sync = new SyncSetup({
    dataDir: ports.dataDir,
    ...(ports.localStateEngine ? { localStateEngine: ports.localStateEngine } : {}),
    ...(ports.resolve ? { resolve: ports.resolve } : {}),
    secrets: ctx.secrets,
    engine: ports.engine,
    now: ctx.now,
    newId: ctx.newId,
    userLabel: () => ctx.store.settings.userName,
    onView: (view) => ctx.emit('sync.status', view),
    warn: ports.warn,
  });
  if (sync.fileProblem) ports.notices?.push({ id: 'sync-file', level: 'warning', code: 'sync-file-damaged', message: `${sync.fileProblem} Set up or join sync again in Settings → Sync.` });
  if (sync.copiedNotice) ports.notices?.push({ id: 'sync-device', level: 'info', code: 'sync-device-copied', message: sync.copiedNotice });
  ports.engine?.onNotice?.((notice) => {
    const told = { id: notice.code, level: 'info' as const, ...notice };
    const index = ports.notices?.findIndex((n) => n.id === told.id) ?? -1;
    if (index >= 0) ports.notices?.splice(index, 1);
    ports.notices?.push(told);
    ctx.emit('notice', told);
  });
  void sync.restore();
  return {
    'sync.status': () => sync.view(),
    'sync.setUp'(req) {
      ctx.releaseQueue();
      return sync.setUp(req);
    },
    'sync.join'(req) {
      ctx.releaseQueue();
      return sync.join(req);
    },
    'sync.setupCode'(req) {
      ctx.releaseQueue();
      return sync.setupCode(req.passphrase);
    },
    'sync.leave': () => sync.leave(),
    'sync.setReminderComputer': (req) => sync.setReminderComputer(req.on),
    'sync.setDeviceName': (req) => sync.setDeviceName(req.name),
  };
}
