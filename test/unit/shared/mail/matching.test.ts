import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesCompany, registrableDomain } from '../../../../shared/company/company-signals';
import { matchMessage, type MailMessage, type MatchContext } from '../../../../shared/mail';
import { makeApplication } from '../export/fixtures';

const northwind = makeApplication({
  id: 'nw',
  company: 'Northwind Traders Inc.',
  jobUrl: 'https://careers.northwind.com/jobs/42',
  contacts: [{ id: 'c1', name: 'Dana', title: 'Recruiter', email: 'dana@northwind.com', phone: '', notes: '' }],
});
const contoso = makeApplication({
  id: 'co',
  company: 'Contoso',
  jobUrl: 'https://boards.greenhouse.io/contoso/jobs/7',
  contacts: [{ id: 'c2', name: 'Lee', title: '', email: 'lee.recruits@gmail.com', phone: '', notes: '' }],
});
const fabrikam = makeApplication({ id: 'fa', company: 'Fabrikam', jobUrl: 'https://fabrikam.co.uk/careers', contacts: [] });

const ctx: MatchContext = {
  applications: [northwind, contoso, fabrikam],
  knownMessageIds: new Map([['sent-1@me.example', 'fa']]),
  ownAddresses: new Set(['me@me.example']),
};

function msg(over: Partial<MailMessage> = {}): MailMessage {
  return {
    messageId: 'x@y',
    date: '2026-03-12T10:00:00.000Z',
    from: { address: 'someone@elsewhere.example', name: '' },
    to: [{ address: 'me@me.example', name: '' }],
    cc: [],
    subject: 'Hello',
    inReplyTo: [],
    references: [],
    autoSubmitted: '',
    precedence: '',
    listId: '',
    ...over,
  };
}
const from = (address: string, name = '') => ({ from: { address, name } });

describe('matching a message to an application (rules table in shared/mail/matching.ts)', () => {
  it.each([
    ['a reply in a thread the user started', msg({ inReplyTo: ['sent-1@me.example'] }), { via: 'thread', ids: ['fa'] }],
    ['a thread reached through References', msg({ references: ['other@x', 'sent-1@me.example'] }), { via: 'thread', ids: ['fa'] }],
    ['a contact, even on free mail', msg(from('lee.recruits@gmail.com')), { via: 'contact', ids: ['co'] }],
    ['the company domain from a contact', msg(from('hr@northwind.com')), { via: 'domain', ids: ['nw'] }],
    ['a subdomain of the company domain', msg(from('noreply@mail.northwind.com')), { via: 'domain', ids: ['nw'] }],
    ['the job link domain (two-level public suffix)', msg(from('jo@fabrikam.co.uk')), { via: 'domain', ids: ['fa'] }],
    ['a domain named as the company (no contact, a hiring-system job link)', msg(from('lee@contoso.com')), { via: 'domain', ids: ['co'] }],
    ['a domain named as the company without its spaces and suffix', msg(from('hr@northwindtraders.com')), { via: 'domain', ids: ['nw'] }],
    ['a hiring system naming the company in the sender name', msg(from('no-reply@greenhouse.io', 'Contoso Recruiting')), { via: 'hiring-system', ids: ['co'] }],
    ['a hiring system naming the company (suffix dropped) in the subject', msg({ ...from('notifications@hire.lever.co'), subject: 'Your application to Northwind Traders' }), { via: 'hiring-system', ids: ['nw'] }],
  ] as const)('matches %s', (_name, message, expected) => {
    expect(matchMessage(message, ctx)).toEqual({ kind: 'match', via: expected.via, applicationIds: expected.ids });
  });

  it.each([
    ['Auto-Submitted: auto-replied', msg({ ...from('dana@northwind.com'), autoSubmitted: 'auto-replied' }), { kind: 'ignored', reason: 'auto-reply' }],
    ['an out-of-office subject', msg({ ...from('dana@northwind.com'), subject: 'Automatic reply: Thank you' }), { kind: 'ignored', reason: 'auto-reply' }],
    ['Precedence: bulk', msg({ ...from('news@northwind.com'), precedence: 'bulk' }), { kind: 'ignored', reason: 'mailing-list' }],
    ['a List-Id newsletter', msg({ ...from('news@northwind.com'), listId: '<news.northwind.com>' }), { kind: 'ignored', reason: 'mailing-list' }],
    ['the user’s own message', msg({ ...from('me@me.example'), inReplyTo: ['sent-1@me.example'] }), { kind: 'ignored', reason: 'own-message' }],
    ['a hiring system that names no company (its body is read next)', msg(from('no-reply@greenhouse.io', 'Greenhouse')), { kind: 'none', needsBody: true }],
    ['a hiring system whose body names no company either', msg({ ...from('no-reply@greenhouse.io', 'Greenhouse'), bodyStart: 'Your interview is confirmed.' }), { kind: 'none' }],
    ['a stranger on free mail', msg(from('someone@gmail.com')), { kind: 'none' }],
    ['an unrelated domain', msg(from('a@unrelated.example')), { kind: 'none' }],
    ['no sender', msg({ from: null }), { kind: 'none' }],
  ] as const)('never counts %s', (_name, message, expected) => {
    expect(matchMessage(message, ctx)).toEqual(expected);
  });

  it('asks when a message matches two applications at the strongest level', () => {
    const second = makeApplication({ id: 'nw2', company: 'Northwind Traders', jobUrl: 'https://northwind.com/jobs/2', contacts: [] });
    const result = matchMessage(msg(from('hr@northwind.com')), { ...ctx, applications: [northwind, second] });
    expect(result).toEqual({ kind: 'match', via: 'domain', applicationIds: ['nw', 'nw2'] });
  });

  it('a stronger rule wins over a weaker one (thread over domain)', () => {
    expect(matchMessage(msg({ ...from('hr@northwind.com'), inReplyTo: ['sent-1@me.example'] }), ctx)).toEqual({ kind: 'match', via: 'thread', applicationIds: ['fa'] });
  });

  it('never matches an archived application', () => {
    expect(matchMessage(msg(from('dana@northwind.com')), { ...ctx, applications: [{ ...northwind, archived: true }] })).toEqual({ kind: 'none' });
  });

  it('the job link of a hiring system is never a company domain', () => {
    expect(matchMessage(msg({ ...from('someone@greenhouse.io', 'Someone else'), bodyStart: '' }), ctx)).toEqual({ kind: 'none' });
  });

  // Reported: `From: Workday <tenant@myworkday.com>` never matched (the name is "Workday").
  it('Workday: the tenant in the address, else the company in the body’s first lines or signature', () => {
    const workday = (local: string, bodyStart?: string) => msg({ ...from(`${local}@myworkday.com`, 'Workday'), subject: 'Thank you for applying', ...(bodyStart === undefined ? {} : { bodyStart }) });
    expect(matchMessage(workday('northwindtraders'), ctx)).toEqual({ kind: 'match', via: 'hiring-system', applicationIds: ['nw'] });
    expect(matchMessage(workday('fabrikam'), ctx)).toEqual({ kind: 'match', via: 'hiring-system', applicationIds: ['fa'] });
    expect(matchMessage(workday('nwt'), ctx)).toEqual({ kind: 'none', needsBody: true });
    expect(matchMessage(workday('nwt', 'Dear Sam,\nThank you for your interest in Northwind Traders. We have received your application.'), ctx)).toEqual({ kind: 'match', via: 'hiring-system', applicationIds: ['nw'] });
    expect(matchMessage(workday('nwt', 'Dear Sam,\nWe received your application.\n' + 'x '.repeat(800) + '\nBest regards,\nThe Contoso Talent Team'), ctx)).toEqual({ kind: 'match', via: 'hiring-system', applicationIds: ['co'] });
  });

  it('out-of-office subjects without Auto-Submitted, in four languages (Exchange sends these)', () => {
    for (const subject of ['Automatic reply: Thank you', 'Automatische Antwort: Vielen Dank', 'Abwesend: Ihre Bewerbung', 'Réponse automatique : Merci', 'Respuesta automática: Gracias', 'Out of Office: Re: Interview']) {
      expect(matchMessage(msg({ ...from('dana@northwind.com'), subject }), ctx), subject).toEqual({ kind: 'ignored', reason: 'auto-reply' });
    }
  });
});

describe('matching properties', () => {
  const header = fc.record({
    autoSubmitted: fc.constantFrom('', 'no', 'auto-replied', 'auto-generated'),
    precedence: fc.constantFrom('', 'bulk', 'list', 'junk', 'first-class'),
    listId: fc.constantFrom('', '<list.example>'),
    subject: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('Out of Office: back Monday', 'Re: Interview', 'Automatic reply')),
    address: fc.constantFrom('dana@northwind.com', 'hr@northwind.com', 'no-reply@greenhouse.io', 'x@gmail.com', 'me@me.example'),
    name: fc.constantFrom('', 'Northwind Traders', 'Contoso'),
    inReplyTo: fc.subarray(['sent-1@me.example', 'unknown@x']),
  });

  it('auto-replies, lists and the user’s own messages never match; a match always names live applications', () => {
    fc.assert(
      fc.property(header, (h) => {
        const m = msg({ ...h, from: { address: h.address, name: h.name } });
        const result = matchMessage(m, ctx);
        const auto = (h.autoSubmitted !== '' && h.autoSubmitted !== 'no') || /out of office|automatic reply/i.test(h.subject);
        const list = h.precedence === 'bulk' || h.precedence === 'list' || h.precedence === 'junk' || h.listId !== '';
        if (auto || list || h.address === 'me@me.example') expect(result.kind).toBe('ignored');
        if (result.kind === 'match') {
          expect(result.applicationIds.length).toBeGreaterThan(0);
          for (const id of result.applicationIds) expect(ctx.applications.some((a) => a.id === id)).toBe(true);
        }
      }),
    );
  });

  it('matching never throws on arbitrary headers', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.array(fc.string()), (address, name, subject, refs) => {
        expect(() => matchMessage(msg({ from: { address: address.toLowerCase(), name }, subject, references: refs }), ctx)).not.toThrow();
      }),
    );
  });
});

describe('helpers', () => {
  it.each([
    ['mail.northwind.com', 'northwind.com'],
    ['northwind.com', 'northwind.com'],
    ['a.b.fabrikam.co.uk', 'fabrikam.co.uk'],
    ['Example.ORG.', 'example.org'],
    ['careers.fabrikam.com.au', 'fabrikam.com.au'],
    ['jobs.contoso.co.jp', 'contoso.co.jp'],
    ['hr.adatum.com.br', 'adatum.com.br'],
    ['mail.tailspin.gov.uk', 'tailspin.gov.uk'],
    ['www.wingtip.org.nz', 'wingtip.org.nz'],
    ['acme.github.io', 'acme.github.io'],
    ['other.github.io', 'other.github.io'],
    ['northwind.wd5.myworkdayjobs.com', 'myworkdayjobs.com'],
    ['boards.greenhouse.io', 'greenhouse.io'],
    ['mail.northwind.de', 'northwind.de'],
    ['co.uk', 'co.uk'],
    ['localhost', 'localhost'],
    ['192.168.0.1', '192.168.0.1'],
  ])('registrableDomain(%s) = %s', (host, expected) => expect(registrableDomain(host)).toBe(expected));

  it.each([
    ['Interview at Northwind Traders', 'Northwind Traders Inc.', true],
    ['Northwindy news', 'Northwind', false],
    ['Café Zürich hiring team', 'Cafe Zurich', true],
    ['anything', 'X', false],
  ])('namesCompany(%s, %s) = %s', (text, company, expected) => expect(namesCompany(text, company)).toBe(expected));
});
