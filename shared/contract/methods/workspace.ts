import { z } from 'zod';
import { ApplicationSchema, FollowUpSchema, IdSchema, InterviewSchema, SettingsSchema, StageSchema } from '../../domain';
import { method } from '../define';

/** Something the main process tells the user once (a restored backup, read-only mode…). */
export const NoticeSchema = z
  .object({
    id: z.string(),
    level: z.enum(['info', 'warning', 'error']),
    code: z.string(),
    message: z.string(),
  })
  .strict();
export type Notice = z.infer<typeof NoticeSchema>;

/** The active (non-archived) part of the user's data: everything the board and Today render. */
export const WorkspaceSchema = z
  .object({
    revision: z.number().int().min(0),
    stages: z.array(StageSchema),
    applications: z.array(ApplicationSchema),
    interviews: z.array(InterviewSchema),
    followUps: z.array(FollowUpSchema),
    settings: SettingsSchema,
    /** The zone the app computes in: the settings' zone or the system's. */
    effectiveTimeZone: z.string(),
    canUndo: z.boolean(),
    canRedo: z.boolean(),
    /** The actions undo can still reverse, oldest first: a toast's Undo applies only to the last. */
    undoableActionIds: z.array(IdSchema).max(100),
  })
  .strict();
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const AppInfoSchema = z
  .object({
    version: z.string(),
    mode: z.enum(['electron', 'browser']),
    dataDir: z.string(),
    readOnly: z.boolean(),
    readOnlyReason: z.string().nullable(),
    /** Whether passwords and private links survive a restart (false in browser mode). */
    secretsPersistent: z.boolean(),
    /** Why not, in a sentence for the user. */
    secretsNote: z.string().nullable(),
    notices: z.array(NoticeSchema),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

const Empty = z.object({}).strict();

export const workspaceMethods = {
  'app.info': method(Empty, AppInfoSchema, { mutates: false }),
  'app.dismissNotice': method(z.object({ id: z.string().max(100) }).strict(), z.object({}).strict(), { mutates: false }),
  'workspace.get': method(Empty, WorkspaceSchema, { mutates: false }),
};
