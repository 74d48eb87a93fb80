import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { emptySnapshot } from '../../../../electron/core/store/snapshot-loader';
import { MainSnapshotSchema } from '../../../../electron/core/store/snapshot-schema';
import type { ComposedDraft } from '../../../../shared/contract';
import { BackupSchema } from '../../../../shared/export/backup-schema';
import type { Application, FollowUp, Interview, Settings } from '../../../../shared/domain';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../shared/domain';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';

/** Drafts as the composer receives them: the "Your name" setting, saved edits and their reset. */

async function seed(core: Core, hearBack: Interview['hearBack']) {
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Northwind',
    role: 'Staff Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Robin Okafor', title: 'Engineering Manager', email: 'robin@example.com', phone: '', notes: '' }],
  });
  await ok<Interview>(core, 'interviews.create', {
    applicationId: app.id,
    round: 'Technical interview',
    startsAt: '2026-03-02T08:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    interviewerIds: [app.contacts[0]!.id],
    memorableDetail: 'we talked about their migration to Kafka',
    hearBack,
  });
  const followUps = core.store.readChildrenOf(app.id).followUps;
  const of = (kind: FollowUp['kind']) => followUps.find((f) => f.kind === kind)!;
  return { app, of };
}

const UNKNOWN = { status: 'unknown', date: null, channel: null, asked: false } as const;
const compose = (core: Core, id: string) => ok<ComposedDraft>(core, 'followUps.compose', { id });

describe('the "Your name" setting', () => {
  it('signs the email and introduces the phone call once set', async () => {
    const core = await openTestCore({ clock: fakeClock() });
    const { of } = await seed(core, UNKNOWN);
    const before = await compose(core, of('thank-you').id);
    expect(before.email.body.endsWith('Best regards,')).toBe(true);
    await ok<Settings>(core, 'settings.update', { patch: { userName: '  Sam Lee ' } });
    const after = await compose(core, of('thank-you').id);
    expect(after.email.body.endsWith('Best regards,\nSam Lee')).toBe(true);
    expect(after.phoneScript.startsWith('Hi, this is Sam Lee.')).toBe(true);
    await core.close();
  });

  it('is kept when another settings section is saved', async () => {
    const core = await openTestCore({ clock: fakeClock() });
    await ok<Settings>(core, 'settings.update', { patch: { userName: 'Sam Lee' } });
    const next = await ok<Settings>(core, 'settings.update', { patch: { quietHours: { enabled: false, start: '21:00', end: '08:00' } } });
    expect(next.userName).toBe('Sam Lee');
    await core.close();
  });

  it('refuses a name on two lines, naming the field, and writes nothing', async () => {
    const core = await openTestCore({ clock: fakeClock() });
    const answer = await core.dispatch('settings.update', { patch: { userName: 'Sam\nLee' } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.issues.map((i) => i.path)).toContain('patch.userName');
    expect(core.store.settings.userName).toBe('');
    await core.close();
  });

  it('a data folder written before the setting existed opens as it is: no repair, no migration, no name', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir, clock: fakeClock() });
    await ok<Settings>(first, 'settings.update', { patch: { quietHours: { enabled: false, start: '22:00', end: '07:00' } } });
    await first.close();
    // What an older Hearback wrote: the same file without `userName`.
    const file = join(dataDir, 'hearback.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { settings: Record<string, unknown>; checksum?: string };
    expect(doc.settings).toHaveProperty('userName');
    delete doc.settings['userName'];
    delete doc.checksum; // older versions wrote none
    writeFileSync(file, JSON.stringify(doc));

    const again = await openTestCore({ dataDir, clock: fakeClock() });
    expect(again.store.notices).toEqual([]);
    expect(again.store.readOnlyReason).toBeNull();
    expect(again.store.settings.userName).toBe('');
    expect(again.store.settings.quietHours).toEqual({ enabled: false, start: '22:00', end: '07:00' });
    await again.close();
  });

  it('data saved before the setting existed still loads, with no name', () => {
    const { userName: _dropped, ...oldSettings } = DEFAULT_SETTINGS;
    expect(SettingsSchema.parse(oldSettings).userName).toBe('');
    const snapshot = { ...emptySnapshot('2026-03-02T09:00:00.000Z'), settings: oldSettings };
    expect(MainSnapshotSchema.parse(snapshot).settings.userName).toBe('');
    expect(BackupSchema.shape.settings.parse(oldSettings).userName).toBe('');
  });
});

describe('the hear-back question and the thank-you', () => {
  it('the thank-you asks it when the promise is unknown; the prompt says "again" only after the thank-you is sent', async () => {
    const core = await openTestCore({ clock: fakeClock() });
    const { of } = await seed(core, UNKNOWN);
    expect((await compose(core, of('thank-you').id)).email.body).toContain('Could you also let me know when and how I can expect to hear about next steps?');
    const prompt = of('hear-back-prompt');
    expect((await compose(core, prompt.id)).email.body).not.toMatch(/again/);
    await ok(core, 'followUps.act', { id: of('thank-you').id, act: { action: 'markSent' } });
    expect((await compose(core, prompt.id)).email.body).toContain('Thank you again for the conversation');
    await core.close();
  });
});

describe('saved edits and the reset', () => {
  it('an edit is kept and marked as one; saving null goes back to the generated draft', async () => {
    const core = await openTestCore({ clock: fakeClock() });
    const { of } = await seed(core, { status: 'not_given', date: null, channel: 'email', asked: true });
    const id = of('thank-you').id;
    const generated = await compose(core, id);
    expect(generated.edited).toBe(false);
    await ok(core, 'followUps.saveDraft', { id, draft: { subject: 'Thanks!', body: 'My own words' } });
    const edited = await compose(core, id);
    expect(edited).toMatchObject({ edited: true, email: { subject: 'Thanks!', body: 'My own words' }, generated: generated.email });
    await ok(core, 'followUps.saveDraft', { id, draft: null });
    const reset = await compose(core, id);
    expect(reset.edited).toBe(false);
    expect(reset.email).toEqual(generated.email);
    expect(core.store.readFollowUp(id)?.draft).toBeNull();
    await core.close();
  });

  it('saving as you type is recorded in the history but is not what Ctrl+Z undoes', async () => {
    const core = await openTestCore({ clock: fakeClock() });
    const { app, of } = await seed(core, { status: 'not_given', date: null, channel: 'email', asked: true });
    await ok(core, 'applications.update', { id: app.id, patch: { notes: 'Recruiter: Kai' } });
    await ok(core, 'followUps.saveDraft', { id: of('thank-you').id, draft: { subject: 'Thanks!', body: 'My own words' } });
    await ok(core, 'history.undo', {});
    expect(core.store.readApplication(app.id)?.notes).toBe('');
    expect(core.store.readFollowUp(of('thank-you').id)?.draft).toEqual({ subject: 'Thanks!', body: 'My own words' });
    const history = [...core.store.iterateHistory()].map((e) => e.summary);
    expect(history.some((s) => s.startsWith('Edited the draft of'))).toBe(true);
    await core.close();
  });
});
