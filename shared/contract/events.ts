import { z } from 'zod';
import { IdSchema, InstantSchema, LocalDateSchema } from '../domain';
import { SyncViewSchema } from './methods/sync';
import { NoticeSchema } from './methods/workspace';
import { DataChangedSchema } from './workspace-patch';

/** The id of the sample reminder behind "Send a test notification": nothing to open. */
export const SAMPLE_REMINDER_ID = 'sample';

export const ReminderSchema = z
  .object({
    followUpId: IdSchema,
    applicationId: IdSchema,
    occurrence: InstantSchema,
    title: z.string(),
    body: z.string(),
  })
  .strict();
export type Reminder = z.infer<typeof ReminderSchema>;

/** One new reply, as a notification says it. */
export const MailReplyNoticeSchema = z.object({ id: z.string(), applicationId: IdSchema, company: z.string(), subject: z.string() }).strict();
export type MailReplyNotice = z.infer<typeof MailReplyNoticeSchema>;

const WeekSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict();

/** The weekly reminder to review last week's work-search log (shown once per week). */
export const WorkSearchWeekNoticeSchema = z.object({ week: WeekSchema, count: z.number().int().min(0), title: z.string(), body: z.string() }).strict();
export type WorkSearchWeekNotice = z.infer<typeof WorkSearchWeekNoticeSchema>;

/** Everything the main process pushes to the renderer. */
export const contractEvents = {
  /** Stored data changed (by this window, a notification action, the scheduler…), with the patch. */
  'data.changed': DataChangedSchema,
  /** Reminders just delivered; `digest` when several were caught up at once. */
  'reminders.due': z.object({ reminders: z.array(ReminderSchema), digest: z.boolean() }).strict(),
  /** A message for the user (restored backup, read-only mode, failed notification…). */
  notice: NoticeSchema,
  /** Show this application (and follow-up), e.g. after a notification click. */
  navigate: z.object({ applicationId: IdSchema, followUpId: IdSchema.nullable(), action: z.string().nullable() }).strict(),
  /** The weekly work-search reminder was just shown (the app adds its toast; browser mode its notification). */
  'worklog.reminder': WorkSearchWeekNoticeSchema,
  /** Open the work-search log on this week (the weekly reminder was clicked). */
  'worklog.open': WeekSchema,
  /** Open "Add from link" (the menu, or a `hearback://add?url=…` link; `url` empty for none). */
  'capture.open': z.object({ url: z.string().max(4096) }).strict(),
  /** A calendar source was checked: sources, candidates or cancellations may have changed (calendar.state). */
  'calendar.changed': z.object({}).strict(),
  /** New replies from companies were found (the app says "<Company> replied: '<subject>'"). */
  'mail.replies': z.object({ replies: z.array(MailReplyNoticeSchema) }).strict(),
  /** Mail accounts' status or the replies awaiting the user changed: ask `mail.status` again. */
  'mail.changed': z.object({}).strict(),
  /** Sync's connection or status changed (the status line and Settings → Sync show it). */
  'sync.status': SyncViewSchema,
} as const;

export type EventName = keyof typeof contractEvents;
export type EventPayload<E extends EventName> = z.infer<(typeof contractEvents)[E]>;
export const EVENT_NAMES = Object.keys(contractEvents) as EventName[];
