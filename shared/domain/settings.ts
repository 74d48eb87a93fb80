import { z } from 'zod';
import { LocalDateSchema, text, TimeOfDaySchema, TimeZoneSchema } from './primitives';

/**
 * The name drafts are signed with ("Best regards,\nSam Lee") and that phone scripts introduce.
 * One line, trimmed; empty means "not set" and drafts then read well without it.
 */
export const UserNameSchema = text(100)
  .trim()
  .regex(/^[^\r\n]*$/, 'must be on one line');

/** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

export const CadenceSettingsSchema = z
  .object({
    /** Prompt for the hear-back promise this long after an interview ends without one. */
    hearBackPromptDelayMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    /** Thank-you note due this long after the interview ends… */
    thankYouDelayHours: z.number().min(0).max(48),
    /** …and no later than this time on the next business day. */
    thankYouLatestTime: TimeOfDaySchema,
    /** Check-in falls due this many business days after the promised date, at `checkInTime`. */
    checkInBusinessDaysAfterPromise: z.number().int().min(0).max(30),
    /** With no promised date: this many business days after the interview. */
    checkInBusinessDaysWithoutPromise: z.number().int().min(1).max(60),
    checkInTime: TimeOfDaySchema,
    /** Days between repeated check-ins. */
    checkInRepeatDays: z.number().int().min(1).max(60),
    /** Check-ins before the application is proposed as ghosted. */
    maxCheckIns: z.number().int().min(1).max(10),
  })
  .strict();
export type CadenceSettings = z.infer<typeof CadenceSettingsSchema>;

/**
 * The weekly reminder to review the work-search log: off by default; `weekday` null means the
 * first day of the user's work week (so it follows a changed work week).
 */
export const WorkLogReminderSchema = z.object({ enabled: z.boolean(), weekday: WeekdaySchema.nullable() }).strict();
export type WorkLogReminderSetting = z.infer<typeof WorkLogReminderSchema>;

export const SettingsSchema = z
  .object({
    /** The user's zone; `null` follows the operating system. */
    timeZone: TimeZoneSchema.nullable(),
    quietHours: z.object({ enabled: z.boolean(), start: TimeOfDaySchema, end: TimeOfDaySchema }).strict(),
    workWeek: z.array(WeekdaySchema).min(1).max(7),
    holidays: z.array(LocalDateSchema).max(500),
    cadence: CadenceSettingsSchema,
    launchAtLogin: z.boolean(),
    notificationsEnabled: z.boolean(),
    /**
     * Defaults to '' so data written before the setting existed (snapshots, backups, history
     * events) still loads unchanged — no migration step needed for an added optional field.
     */
    userName: UserNameSchema.default(''),
    /** Defaulted like `userName`: data from before the setting loads as "off". */
    workLogReminder: WorkLogReminderSchema.default({ enabled: false, weekday: null }),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  timeZone: null,
  quietHours: { enabled: true, start: '21:00', end: '08:00' },
  workWeek: [1, 2, 3, 4, 5],
  holidays: [],
  cadence: {
    hearBackPromptDelayMinutes: 60,
    thankYouDelayHours: 3,
    thankYouLatestTime: '09:00',
    checkInBusinessDaysAfterPromise: 1,
    checkInBusinessDaysWithoutPromise: 5,
    checkInTime: '09:00',
    checkInRepeatDays: 7,
    maxCheckIns: 2,
  },
  launchAtLogin: false,
  notificationsEnabled: true,
  userName: '',
  workLogReminder: { enabled: false, weekday: null },
};
