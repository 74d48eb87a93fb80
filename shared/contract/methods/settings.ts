import { z } from 'zod';
import { CadenceSettingsSchema, SettingsSchema, UserNameSchema, WorkLogReminderSchema } from '../../domain';
import { method } from '../define';

export const SettingsPatchSchema = SettingsSchema.omit({ cadence: true })
  .partial()
  // Without their defaults: a patch that leaves the name (or the weekly reminder) out must not reset it.
  .extend({ cadence: CadenceSettingsSchema.partial().strict().optional(), userName: UserNameSchema.optional(), workLogReminder: WorkLogReminderSchema.optional() })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const settingsMethods = {
  'settings.get': method(z.object({}).strict(), SettingsSchema, { mutates: false }),
  'settings.update': method(z.object({ patch: SettingsPatchSchema }).strict(), SettingsSchema, { mutates: true }),
  /** Shows a sample notification through the same path real reminders take. */
  'notifications.test': method(z.object({}).strict(), z.object({ shown: z.boolean(), via: z.string() }).strict(), {
    mutates: false,
  }),
};
