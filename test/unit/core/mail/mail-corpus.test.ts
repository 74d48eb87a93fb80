import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailStatus } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import { normalizeMessageId } from '../../../../shared/mail';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { dovecotMissingReason, startDovecot, type DovecotServer } from '../../../support/dovecot';
import { INBOX, SENT, type Category } from './mail-corpus/expectations';
import { CREATED_AT, LOOKED_AT, seedCorpusScenario, type ApplicationKey } from './mail-corpus/scenario';

/**
 * The mail corpus: messages in the shapes Gmail, Exchange/Outlook, Fastmail, Workday, Greenhouse,
 * Lever, Ashby and Calendly produce (mail-corpus/messages, sources in expectations.ts), delivered
 * to a real Dovecot and read by the real core as a user's first look would. Every expectation is
 * strict; the score is printed by category.
 */
const missing = dovecotMissingReason();
const MESSAGES = join(__dirname, 'mail-corpus', 'messages');

/** A message file as bytes, with CRLF line ends as on the wire (files may be kept with LF). */
const wire = (file: string): Buffer => Buffer.from(readFileSync(join(MESSAGES, file)).toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
const messageIdOf = (raw: Buffer): string => normalizeMessageId(/^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))?.[1] ?? '');
const dateOf = (raw: Buffer): Date => new Date(/^Date:\s*(.+)$/im.exec(raw.toString('latin1'))?.[1]?.trim() ?? LOOKED_AT);

let server: DovecotServer;
beforeAll(async () => {
  if (!missing) server = await startDovecot({ user: 'jo@example.test' });
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

interface Verdict {
  file: string;
  categories: Category[];
  problem: string | null;
}

describe.skipIf(missing !== null)(`the mail corpus against Dovecot${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('every message does what the job seeker needs (strict: 100 %)', async () => {
    const clock = fakeClock(CREATED_AT);
    const core = await openTestCore({ clock });
    const { apps } = await seedCorpusScenario(core);
    clock.set(LOOKED_AT);
    for (const item of SENT) await server.append('Sent', wire(item.file), dateOf(wire(item.file)));
    for (const item of INBOX) await server.append('INBOX', wire(item.file), dateOf(wire(item.file)));
    await ok(core, 'mail.accounts.connect', { account: { label: 'Jo', preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: 'jo@example.test', sentFolder: 'Sent' }, password: server.password });
    await ok(core, 'mail.checkNow', {});
    await core.settled();
    const status = await ok<MailStatus>(core, 'mail.status', {});
    const idOf = (key: ApplicationKey): string => apps[key].id;
    const keyOf = new Map(Object.entries(apps).map(([key, app]: [string, Application]) => [app.id, key]));
    const verdicts: Verdict[] = [];

    for (const item of INBOX) {
      const reply = status.replies.find((r) => r.messageId === messageIdOf(wire(item.file)));
      let problem: string | null = null;
      if (item.asks === null) {
        if (reply) problem = `asked about ${reply.applicationIds.map((id) => keyOf.get(id)).join(', ')}; expected nothing`;
      } else if (!reply) problem = `asked nothing; expected ${item.asks.join(' or ')}`;
      else {
        const got = [...reply.applicationIds].map((id) => keyOf.get(id)).sort();
        if (JSON.stringify(got) !== JSON.stringify([...item.asks].sort())) problem = `asked about ${got.join(', ')}; expected ${item.asks.join(', ')}`;
        else if ((item.outcome ?? null) !== reply.outcome) problem = `proposed ${reply.outcome}; expected ${item.outcome ?? null}`;
      }
      verdicts.push({ file: item.file, categories: item.categories, problem });
    }

    for (const item of SENT) {
      const seen = status.sentSeen.find((s) => s.messageId === messageIdOf(wire(item.file)));
      const followUp = seen ? core.store.readFollowUp(seen.followUpId) : undefined;
      let problem: string | null = null;
      if (item.fulfils === null) {
        if (seen) problem = `marked “${seen.title}” sent; expected nothing`;
      } else if (!followUp) problem = `marked nothing sent; expected the ${item.fulfils.kind} of ${item.fulfils.app}`;
      else if (followUp.applicationId !== idOf(item.fulfils.app) || followUp.kind !== item.fulfils.kind || followUp.sequence !== item.fulfils.sequence || followUp.status !== 'done') {
        problem = `marked ${followUp.kind} #${followUp.sequence} of ${keyOf.get(followUp.applicationId)} (${followUp.status}); expected ${item.fulfils.kind} #${item.fulfils.sequence} of ${item.fulfils.app}`;
      }
      if (problem === null && item.leavesOpen) {
        const open = core.store.readChildrenOf(idOf(item.leavesOpen.app)).followUps.filter((f) => f.kind === item.leavesOpen!.kind);
        if (!open.some((f) => f.status === 'pending')) problem = `the ${item.leavesOpen.kind} of ${item.leavesOpen.app} is no longer open`;
      }
      verdicts.push({ file: item.file, categories: item.categories, problem });
    }
    await core.close();

    const categories = [...new Set(verdicts.flatMap((v) => v.categories))];
    const passed = verdicts.filter((v) => v.problem === null).length;
    const byCategory = categories.map((c) => {
      const inCategory = verdicts.filter((v) => v.categories.includes(c));
      return `${c} ${inCategory.filter((v) => v.problem === null).length}/${inCategory.length}`;
    });
    console.log(`mail corpus: ${passed}/${verdicts.length} strict (${byCategory.join(', ')})`);
    expect(verdicts.filter((v) => v.problem !== null).map((v) => `${v.file}: ${v.problem}`)).toEqual([]);
  }, 120_000);
});
