import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../../shared/contract';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../shared/domain';

// What every boundary check relies on: no request schema lets an unknown field through (a typo in
// the renderer would otherwise be silently dropped), and the defaults pass their own schema.
describe('the contract', () => {
  it.each(METHOD_NAMES)('%s refuses a field it does not know, naming it', (name) => {
    const parsed = contract[name].request.safeParse({ __unexpected: 1 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['__unexpected'] }));
  });

  it('has valid default settings', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('request schemas come from the domain schemas', () => {
  it('an application edit checks each field with the stored record’s own rule', async () => {
    const { ApplicationFieldsSchema, CreateApplicationSchema } = await import('../../../../shared/contract/methods/applications');
    const { ApplicationSchema } = await import('../../../../shared/domain');
    for (const [field, schema] of Object.entries(ApplicationFieldsSchema.shape)) {
      if (field === 'contacts') continue; // a new contact has no id yet
      expect(schema, field).toBe(ApplicationSchema.shape[field as keyof typeof ApplicationSchema.shape]);
    }
    expect(CreateApplicationSchema.shape.company).toBe(ApplicationSchema.shape.company);
  });

  it('too many contacts reads the same from an edit as from a stored record (the message had drifted)', async () => {
    const { ApplicationFieldsSchema } = await import('../../../../shared/contract/methods/applications');
    const { ApplicationSchema } = await import('../../../../shared/domain');
    const contact = { name: 'Dana', title: '', email: '', phone: '', notes: '' };
    const edit = ApplicationFieldsSchema.shape.contacts.safeParse(Array.from({ length: 101 }, () => contact));
    const stored = ApplicationSchema.shape.contacts.safeParse(Array.from({ length: 101 }, (_, i) => ({ ...contact, id: `c${i}` })));
    expect(edit.error?.issues[0]?.message).toBe('must have at most 100 contacts');
    expect(stored.error?.issues[0]?.message).toBe(edit.error?.issues[0]?.message);
  });
});

describe('interview requests come from the interview schema', () => {
  it('each field an edit sets is checked by the stored interview’s own rule', async () => {
    const { InterviewFieldsSchema } = await import('../../../../shared/contract/methods/interviews');
    const { InterviewSchema } = await import('../../../../shared/domain');
    for (const [field, schema] of Object.entries(InterviewFieldsSchema.shape)) expect(schema, field).toBe(InterviewSchema.shape[field as keyof typeof InterviewSchema.shape]);
  });
});
