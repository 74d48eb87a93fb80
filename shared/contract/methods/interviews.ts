import { z } from 'zod';
import { IdSchema, InstantSchema, InterviewSchema } from '../../domain';
import { promiseDateProblem } from '../../followup/promise';
import { method } from '../define';

/** What the user sets on an interview: the stored record's own rules, picked from it. */
export const InterviewFieldsSchema = InterviewSchema.pick({
  round: true,
  startsAt: true,
  timeZone: true,
  durationMinutes: true,
  format: true,
  location: true,
  interviewerIds: true,
  notes: true,
  memorableDetail: true,
  hearBack: true,
  outcome: true,
}).strict();
export type InterviewFields = z.infer<typeof InterviewFieldsSchema>;

export const CreateInterviewSchema = InterviewFieldsSchema.partial()
  .extend({ round: InterviewSchema.shape.round, startsAt: InterviewSchema.shape.startsAt, timeZone: InterviewSchema.shape.timeZone, applicationId: IdSchema })
  .strict()
  .superRefine((req, issues) => {
    // Lifecycle rule 5; an update (a partial patch) is checked by the core against the whole record.
    const problem = req.hearBack ? promiseDateProblem({ startsAt: req.startsAt, timeZone: req.timeZone, hearBack: req.hearBack }) : null;
    if (problem) issues.addIssue({ code: 'custom', message: problem, path: ['hearBack', 'date'] });
  });
export type CreateInterviewRequest = z.infer<typeof CreateInterviewSchema>;

export const interviewMethods = {
  'interviews.create': method(CreateInterviewSchema, InterviewSchema, { mutates: true }),
  'interviews.update': method(z.object({ id: IdSchema, patch: InterviewFieldsSchema.partial().strict() }).strict(), InterviewSchema, { mutates: true }),
  /**
   * Records the company's answer: stops the check-in cadence for this interview. `at`: when the
   * answer came (a reply's date, for insights); default now, never later than now. `outcome`: what
   * the answer said, when the user confirmed it (recorded in the same change).
   */
  'interviews.heardBack': method(z.object({ id: IdSchema, heardBack: z.boolean(), at: InstantSchema.optional(), outcome: InterviewSchema.shape.outcome.optional() }).strict(), InterviewSchema, { mutates: true }),
  /** The one question about an interview entered after the fact; the plan starts from the answer. */
  'interviews.answerLate': method(z.object({ id: IdSchema, thankYouSent: z.boolean(), answered: z.boolean() }).strict(), InterviewSchema, { mutates: true }),
  'interviews.delete': method(z.object({ id: IdSchema }).strict(), z.object({ id: IdSchema }).strict(), { mutates: true }),
};
