import type { AppInfo, Notice } from '../../../shared/contract';
import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from './context';

export interface WorkspaceInfo {
  version: string;
  mode: AppInfo['mode'];
  dataDir: string;
  notices: Notice[];
}

export function workspaceHandlers(ctx: ServiceContext, info: WorkspaceInfo): Pick<Handlers, 'app.info' | 'app.dismissNotice' | 'workspace.get'> {
  return {
    'app.info'() {
      return {
        version: info.version,
        mode: info.mode,
        dataDir: info.dataDir,
        readOnly: ctx.store.readOnlyReason !== null,
        readOnlyReason: ctx.store.readOnlyReason,
        notices: info.notices,
        secretsPersistent: ctx.secrets.persistent,
        secretsNote: ctx.secrets.notPersistentReason,
      };
    },
    'app.dismissNotice'(req) {
      const index = info.notices.findIndex((n) => n.id === req.id);
      if (index >= 0) info.notices.splice(index, 1);
      return {};
    },
    'workspace.get'() {
      const { store } = ctx;
      return {
        revision: store.revision,
        stages: store.stages(),
        applications: [...store.active.applications.values()],
        interviews: [...store.active.interviews.values()],
        followUps: [...store.active.followUps.values()],
        settings: store.settings,
        effectiveTimeZone: ctx.zone(),
        canUndo: store.canUndo,
        canRedo: store.canRedo,
        undoableActionIds: store.undoableActionIds,
      };
    },
  };
}
