import { describe, expect, it } from 'vitest';
import { canonicalLink, findDuplicates } from '../../../../shared/capture';

const app = (id: string, company: string, role: string, jobUrl = '', archived = false) => ({ id, company, role, jobUrl, archived });

describe('duplicates (the rules table in duplicates.ts)', () => {
  it.each([
    ['https://www.Example.com/jobs/1/?utm_source=x#apply', 'example.com/jobs/1'],
    ['http://example.com/jobs/1', 'example.com/jobs/1'],
    ['https://example.com/jobs?id=2&gh_src=abc&a=1', 'example.com/jobs?a=1&id=2'],
    ['javascript:alert(1)', ''],
    ['not a link', ''],
  ])('canonical link of %s is %j', (link, canonical) => {
    expect(canonicalLink(link)).toBe(canonical);
  });

  const apps = [app('a', 'Acme', 'Backend Engineer', 'https://acme.example/jobs/1'), app('b', 'Acme, Inc.', 'Designer'), app('c', 'Nimbus', 'Designer', '', true), app('d', 'Old Co', 'Role', 'https://old.example/j/9', true)];

  it('the same link is a duplicate, archived or not', () => {
    expect(findDuplicates({ jobUrls: ['http://www.acme.example/jobs/1?utm_medium=mail'], company: 'Other', role: 'Other' }, apps)).toEqual([{ id: 'a', company: 'Acme', role: 'Backend Engineer', archived: false, reason: 'same-link' }]);
    expect(findDuplicates({ jobUrls: ['https://old.example/j/9'], company: '', role: '' }, apps).map((d) => d.id)).toEqual(['d']);
  });

  it('the same company and role (case, spaces and punctuation aside) among active applications', () => {
    expect(findDuplicates({ jobUrls: [], company: 'ACME Inc', role: 'designer' }, apps).map((d) => [d.id, d.reason])).toEqual([['b', 'same-role']]);
  });

  it('an archived application with the same company and role is not a duplicate (a new attempt)', () => {
    expect(findDuplicates({ jobUrls: [], company: 'Nimbus', role: 'Designer' }, apps)).toEqual([]);
  });

  it('empty company or role never matches', () => {
    expect(findDuplicates({ jobUrls: [''], company: '', role: '' }, [app('x', '', '')])).toEqual([]);
  });
});
