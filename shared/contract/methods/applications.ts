import { z } from 'zod';
import { ApplicationSchema, ContactSchema, ContactsSchema, FollowUpSchema, IdSchema, InterviewSchema, PostingSchema, text } from '../../domain';
import { method } from '../define';

/**
 * Fields the user edits directly (everything else is maintained by the main process): the stored
 * record's own rules, picked from it, so an edit is checked exactly as the record will be. A new
 * contact has no id yet (the main process gives it one).
 */
export const ApplicationFieldsSchema = ApplicationSchema.pick({
  company: true,
  role: true,
  jobUrl: true,
  location: true,
  workplace: true,
  salary: true,
  source: true,
  notes: true,
  tags: true,
  fitLine: true,
})
  .extend({ contacts: ContactsSchema(ContactSchema.extend({ id: IdSchema.optional() })) })
  .strict();
export type ApplicationFields = z.infer<typeof ApplicationFieldsSchema>;

export const CreateApplicationSchema = ApplicationFieldsSchema.partial().extend({ company: ApplicationSchema.shape.company, role: ApplicationSchema.shape.role, stageId: IdSchema.optional(), posting: PostingSchema.optional() }).strict();
export type CreateApplicationRequest = z.infer<typeof CreateApplicationSchema>;

export const ApplicationDetailSchema = z
  .object({
    application: ApplicationSchema,
    interviews: z.array(InterviewSchema),
    followUps: z.array(FollowUpSchema),
  })
  .strict();
export type ApplicationDetail = z.infer<typeof ApplicationDetailSchema>;

const ById = z.object({ id: IdSchema }).strict();

export const applicationMethods = {
  'applications.create': method(CreateApplicationSchema, ApplicationSchema, { mutates: true }),
  'applications.update': method(z.object({ id: IdSchema, patch: ApplicationFieldsSchema.partial().strict() }).strict(), ApplicationSchema, { mutates: true }),
  /** Moves a card to `toIndex` within `toStageId` (the index counts the other cards of that stage). */
  'applications.move': method(z.object({ id: IdSchema, toStageId: IdSchema, toIndex: z.number().int().min(0).max(1_000_000) }).strict(), ApplicationSchema, { mutates: true }),
  'applications.setArchived': method(z.object({ id: IdSchema, archived: z.boolean() }).strict(), ApplicationSchema, {
    mutates: true,
  }),
  'applications.delete': method(ById, z.object({ id: IdSchema }).strict(), { mutates: true }),
  'applications.get': method(ById, ApplicationDetailSchema, { mutates: false }),
  'applications.listArchived': method(
    z
      .object({
        query: text(200).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ items: z.array(ApplicationSchema), total: z.number().int() }).strict(),
    { mutates: false },
  ),
};
