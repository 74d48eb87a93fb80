import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicUnicast, refusalForUrl } from '../../../../electron/core/net/address-rule';
import type { Resolver } from '../../../../electron/core/capture/fetch-page';
import type { CapturePreview } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import { ASHBY_JOB_ID, leverAnswer } from '../../../support/capture/pages';
import { startPostingServer, type PostingServer } from '../../../support/capture/posting-server';
import { ok, openTestCore, tempDir } from '../../../support/core';

let server: PostingServer;
let core: Awaited<ReturnType<typeof openTestCore>>;

beforeAll(async () => {
  server = await startPostingServer();
  core = await openTestCore({
    capture: {
      reach: 'own-network',
      limits: { timeoutMs: 1_000 },
      apiBases: { greenhouse: `${server.base}/api/greenhouse`, lever: `${server.base}/api/lever`, ashby: `${server.base}/api/ashby` },
    },
  });
});
afterAll(async () => {
  await core.close();
  await server.close();
});

const preview = (url: string) => ok<CapturePreview>(core, 'capture.preview', { url });

// The limits are checked by what they do, at the defaults (5 MB, 5 redirects); only the answer
// timeout is shortened here (1 s for the default 10 s), so the suite does not wait on it.
describe('capture: the fetch limits (the table in fetch-page.ts)', () => {
  it('sends an honest user agent and no cookies, even one the site set on a redirect', async () => {
    const result = await preview(`${server.base}/set-cookie`);
    expect(result.fields.role?.value).toBe('Senior Backend Engineer');
    const [first, second] = server.requests.filter((r) => r.path.startsWith('/set-cookie') || r.path.includes('after-cookie'));
    expect(first?.headers['user-agent']).toMatch(/^Hearback\/0\.0\.0-test \(/);
    expect(second?.headers.cookie).toBeUndefined();
  });

  it('follows up to 5 redirects, each hop checked, and refuses a sixth', async () => {
    expect((await preview(`${server.base}/hops/4`)).problem).toBeNull();
    expect((await preview(`${server.base}/hops/5`)).problem).toMatch(/redirects more than 5 times/);
  });

  it.each([
    ['/loop/a', /redirects in a loop/],
    ['/to-file', /redirected to a file: link/],
    ['/to-javascript', /redirected to a javascript: link/],
    ['/huge-declared', /larger than 5 MB/],
    ['/huge-streamed', /larger than 5 MB/],
    ['/slow', /did not answer within 1 seconds/],
    ['/file.pdf', /is a PDF file, not a web page/],
    ['/missing', /not found \(404\): the posting may have been taken down/],
    ['/broken', /answered with an error \(500\)/],
    ['/forbidden', /sign in or prove you are human/],
    ['/login', /sign in or prove you are human/],
    ['/blog', /guesses from its title/],
  ])('%s: a clear message, the preview still editable', async (path, message) => {
    const result = await preview(`${server.base}${path}`);
    expect(result.problem).toMatch(message);
  });

  it.each([
    ['javascript:alert(1)', /only web links .* javascript: link/i],
    ['file:///etc/passwd', /only web links .* file: link/i],
    ['not a url at all', /is not a link/],
    ['', /paste the link/i],
    ['https://user:pw@example.com/jobs', /user name or password/],
  ])('%j is refused before any request', async (url, message) => {
    const before = server.requests.length;
    expect((await preview(url)).problem).toMatch(message);
    expect(server.requests.length).toBe(before);
  });

  it('reads the charset the server names', async () => {
    expect((await preview(`${server.base}/latin1`)).fields).toMatchObject({ role: { value: 'Ingénieur' }, company: { value: 'Société Générale' } });
  });
});

describe('capture: where each field comes from', () => {
  it('a JSON-LD page: every field from json-ld, certain', async () => {
    const result = await preview(`${server.base}/jobs/board`);
    expect(result.problem).toBeNull();
    expect(result.fields.company).toEqual({ value: 'Acme Payments', source: 'json-ld', certain: true });
    expect(result.fields.salary?.value).toEqual({ min: 80000, max: 95000, currency: 'EUR', period: 'year' });
  });

  it('an OpenGraph-only page: guesses, and a problem saying so', async () => {
    const result = await preview(`${server.base}/jobs/og`);
    expect(result.fields.role).toEqual({ value: 'Support Lead', source: 'opengraph', certain: false });
    expect(result.problem).toMatch(/guesses/);
  });

  it.each([
    ['greenhouse', 'https://boards.greenhouse.io/acme/jobs/4012345', 'Staff Site Reliability Engineer'],
    ['lever', leverAnswer.hostedUrl, 'Platform Engineer'],
    ['ashby', `https://jobs.ashbyhq.com/orbit/${ASHBY_JOB_ID}`, 'Founding Engineer'],
  ])('a %s link is read through its public API', async (source, url, role) => {
    const result = await preview(url);
    expect(result.problem).toBeNull();
    expect(result.fields.role).toEqual({ value: role, source, certain: true });
  });
});

describe('capture: the host rule (net/address-rule.ts)', () => {
  it.each(['localhost', '127.0.0.1', '10.1.2.3', '192.168.0.1', '172.20.0.5', '169.254.169.254', '[::1]', '[fd00::1]', 'router', 'printer.local'])('the desktop default refuses %s', (host) => {
    expect(refusalForUrl(new URL(`http://${host}/`), 'public')).not.toBeNull();
  });
  it.each(['example.com', '93.184.216.34', 'boards.greenhouse.io', '[2606:4700::1]'])('and allows %s', (host) => {
    expect(refusalForUrl(new URL(`http://${host}/`), 'public')).toBeNull();
  });

  it('a core with the default rule does not fetch a page on this computer', async () => {
    const strict = await openTestCore({ dataDir: tempDir() });
    const before = server.requests.length;
    const result = await ok<CapturePreview>(strict, 'capture.preview', { url: `${server.base}/jobs/board` });
    expect(result.problem).toMatch(/on your own computer or network/);
    expect(server.requests.length).toBe(before);
    await strict.close();
  });
});

describe('capture: the address rule, after DNS (a public name resolving to this computer)', () => {
  /** DNS as a rebinding attacker would run it: `jobs.rebind.example` answers with loopback. */
  const rebinding = (port: number): { resolve: Resolver; url: (path: string) => string } => ({
    resolve: (hostname, callback) => {
      if (hostname === 'jobs.rebind.example') callback(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }), []);
    },
    url: (path) => `http://jobs.rebind.example:${port}${path}`,
  });
  const port = () => Number(new URL(server.base).port);

  it.each(['127.0.0.1', '10.0.0.7', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:10.0.0.1', '100.64.0.1'])('refuses the address %s', (address) => {
    expect(isPublicUnicast(address)).toBe(false);
  });
  it.each(['93.184.216.34', '2606:4700::1'])('allows the address %s', (address) => {
    expect(isPublicUnicast(address)).toBe(true);
  });

  it('the desktop default refuses the name once it resolves to loopback, and sends nothing', async () => {
    const dns = rebinding(port());
    const strict = await openTestCore({ dataDir: tempDir(), capture: { resolve: dns.resolve } });
    const before = server.requests.length;
    const result = await ok<CapturePreview>(strict, 'capture.preview', { url: dns.url('/jobs/board') });
    expect(result.problem).toBe('jobs.rebind.example points to an address on your own computer or network; Hearback only fetches postings from the public web.');
    expect(server.requests.length).toBe(before);
    await strict.close();
  });

  it('a redirect is checked again at its hop: a name resolving to a benchmarking address is refused even on the own network', async () => {
    // The first hop is on this computer (allowed: own network); the second hop's name resolves to
    // 198.18.0.1, which is never reachable, so the connection is refused before it is made.
    const resolve: Resolver = (hostname, callback) => {
      if (hostname === 'jobs.never.example') callback(null, [{ address: '198.18.0.1', family: 4 }]);
      else callback(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }), []);
    };
    const mixed = await openTestCore({ dataDir: tempDir(), capture: { reach: 'own-network', resolve } });
    const result = await ok<CapturePreview>(mixed, 'capture.preview', { url: `${server.base}/redirect?to=${encodeURIComponent(`http://jobs.never.example:${port()}/jobs/board`)}` });
    expect(result.problem).toMatch(/^jobs\.never\.example points to an address on your own computer or network/);
    await mixed.close();
  });

  it('the address that was checked is the one connected to: with every address allowed, the page comes from it', async () => {
    const dns = rebinding(port());
    const open = await openTestCore({ dataDir: tempDir(), capture: { reach: 'own-network', resolve: dns.resolve } });
    const result = await ok<CapturePreview>(open, 'capture.preview', { url: dns.url('/jobs/board') });
    expect(result.problem).toBeNull();
    expect(result.fields.role?.value).toBe('Senior Backend Engineer');
    expect(server.requests.at(-1)?.headers.host).toBe(`jobs.rebind.example:${port()}`);
    await open.close();
  });
});

describe('capture: confirming keeps the posting; duplicates', () => {
  it('the posting is kept with the application, across a restart, and nothing is written before confirming', async () => {
    const dataDir = tempDir();
    const local = await openTestCore({ dataDir, capture: { reach: 'own-network' } });
    const result = await ok<CapturePreview>(local, 'capture.preview', { url: `${server.base}/jobs/board` });
    expect(local.store.active.applications.size).toBe(0);
    const f = result.fields;
    const created = await ok<Application>(local, 'applications.create', {
      company: f.company?.value ?? '',
      role: f.role?.value ?? '',
      jobUrl: f.jobUrl?.value,
      location: f.location?.value,
      salary: f.salary?.value,
      workplace: f.workplace?.value,
      posting: {
        text: f.text?.value ?? '',
        sourceUrl: result.url,
        fetchedAt: result.fetchedAt,
        employmentType: f.employmentType?.value ?? '',
        postedOn: f.postedOn?.value ?? '',
        sources: { company: 'json-ld', role: 'you', text: 'json-ld' },
      },
    });
    expect(created.posting?.text).toContain('We move money & keep it safe.');
    await local.close();
    const reopened = await openTestCore({ dataDir });
    expect(reopened.store.readApplication(created.id)?.posting).toEqual(created.posting);
    await reopened.close();
  });

  it('refuses a posting over the size limit, naming the field, and writes nothing', async () => {
    const envelope = await core.dispatch('applications.create', {
      company: 'A',
      role: 'B',
      posting: { text: 'x'.repeat(200_001), sourceUrl: 'https://a.example', fetchedAt: '2026-03-02T09:00:00.000Z', employmentType: '', postedOn: '', sources: {} },
    });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.issues).toContainEqual(expect.objectContaining({ path: 'posting.text', message: 'Text must be at most 200000 characters.' }));
  });

  it('the same link, or the same company and role, is offered as the existing application', async () => {
    const existing = await ok<Application>(core, 'applications.create', { company: 'Acme Payments', role: 'Senior Backend Engineer', jobUrl: 'https://bigboard.example/jobs/view/4242?utm_source=mail' });
    const result = await preview(`${server.base}/jobs/board`);
    expect(result.duplicates).toEqual([{ id: existing.id, company: 'Acme Payments', role: 'Senior Backend Engineer', archived: false, reason: 'same-link' }]);
    await ok(core, 'applications.update', { id: existing.id, patch: { jobUrl: '' } });
    expect((await preview(`${server.base}/jobs/board`)).duplicates.map((d) => d.reason)).toEqual(['same-role']);
  });
});
