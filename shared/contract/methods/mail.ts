import { z } from 'zod';
import { FollowUpSchema, IdSchema, InstantSchema } from '../../domain';
import { MailAccountInputSchema, MailAccountSchema, MailMatchSchema, PasswordSchema } from '../../mail';
import { method } from '../define';

/** Why an account is not watching, in words the user can act on. */
export const MailProblemCodeSchema = z.enum(['wrong-password', 'tls', 'unreachable', 'folder-missing', 'no-password', 'server']);
export type MailProblemCode = z.infer<typeof MailProblemCodeSchema>;

export const MailProblemSchema = z.object({ code: MailProblemCodeSchema, message: z.string() }).strict();
export type MailProblem = z.infer<typeof MailProblemSchema>;

export const MailAccountStatusSchema = z
  .object({
    account: MailAccountSchema,
    /** connecting → watching (IDLE or polling) ↔ retrying (after a problem, with backoff). */
    state: z.enum(['connecting', 'watching', 'retrying', 'needs-password']),
    problem: MailProblemSchema.nullable(),
    lastCheckedAt: InstantSchema.nullable(),
    /** When the next try is, while retrying. */
    retryAt: InstantSchema.nullable(),
  })
  .strict();
export type MailAccountStatus = z.infer<typeof MailAccountStatusSchema>;

/** A reply awaiting the user, with the names the UI shows (the role tells two applications at one company apart). */
export const MailReplySchema = MailMatchSchema.extend({ companies: z.array(z.object({ applicationId: IdSchema, company: z.string(), role: z.string() }).strict()) }).strict();
export type MailReply = z.infer<typeof MailReplySchema>;

export const MailStatusSchema = z
  .object({
    accounts: z.array(MailAccountStatusSchema),
    /** Replies awaiting "Heard back? / Not about this". */
    replies: z.array(MailReplySchema),
    /** Applications whose check-ins are held by an open reply (urgency.ts takes them). */
    heldApplicationIds: z.array(IdSchema),
    /** Follow-ups marked sent in the last days because they were found in Sent mail (Today offers Undo). */
    sentSeen: z.array(z.object({ messageId: z.string(), followUpId: z.string(), applicationId: z.string(), title: z.string(), at: InstantSchema, seenAt: InstantSchema, actionId: z.string() }).strict()),
    secretsPersistent: z.boolean(),
    secretsNote: z.string().nullable(),
  })
  .strict();
export type MailStatus = z.infer<typeof MailStatusSchema>;

export const MailConnectRequestSchema = z.object({ account: MailAccountInputSchema, password: PasswordSchema }).strict();

export const MailSendRequestSchema = z
  .object({
    followUpId: IdSchema,
    accountId: IdSchema,
    to: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address'),
      )
      .min(1, 'must name at least one recipient')
      .max(20),
    subject: z.string().max(300, 'must be at most 300 characters'),
    body: z.string().max(10_000, 'must be at most 10000 characters'),
  })
  .strict();

/** The interview outcome a confirmed proposal records. */
/** On hold: heard back, no decision yet (the interview's outcome stays pending). */
export const OUTCOME_OF_PROPOSAL = { rejection: 'rejected', 'next-round': 'advanced', offer: 'offer', 'on-hold': 'pending' } as const;

export const mailMethods = {
  /** Sends a follow-up's email over the account's SMTP server, files it in Sent, and marks the follow-up sent. */
  'mail.send': method(MailSendRequestSchema, z.object({ messageId: z.string(), savedToSent: z.boolean(), followUp: FollowUpSchema }).strict(), { mutates: true }),
  'mail.status': method(z.object({}).strict(), MailStatusSchema, { mutates: false }),
  /** Tries the settings without saving anything: the specific problem, or the folders found. */
  'mail.accounts.test': method(MailConnectRequestSchema, z.object({ ok: z.boolean(), problem: MailProblemSchema.nullable(), folders: z.array(z.string()) }).strict(), { mutates: false }),
  /** Tests, then keeps the account (password in the secret store) and starts watching it. */
  'mail.accounts.connect': method(MailConnectRequestSchema, MailAccountSchema, { mutates: true }),
  /** Stops watching, deletes the password and everything kept about the account's mail. */
  'mail.accounts.disconnect': method(z.object({ id: IdSchema }).strict(), z.object({ id: IdSchema }).strict(), { mutates: true }),
  /** Looks at every account now (also done on resume). */
  'mail.checkNow': method(z.object({}).strict(), z.object({ checked: z.number().int() }).strict(), { mutates: false }),
  /**
   * The user's answer to a reply: `heard-back` records it on the application's interview with the
   * message's date (cancelling open check-ins); `not-about-this` releases the hold.
   */
  'mail.replies.answer': method(
    z
      .object({
        id: z.string().min(1).max(200),
        answer: z.enum(['heard-back', 'not-about-this']),
        applicationId: IdSchema.optional(),
        /** The user confirmed the proposed outcome: it is recorded on the interview too. */
        confirmOutcome: z.boolean().optional(),
      })
      .strict(),
    MailMatchSchema,
    { mutates: true },
  ),
};
