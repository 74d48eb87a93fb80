import { describe, expect, it } from 'vitest';
import { buildReportHtml, escapeHtml } from '../../../../shared/export';
import { makeApplication, makeFollowUp, makeInterview, STAGES } from './fixtures';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</td></tr></table><script>x()</script>', '`${x}`', '&lt;already&gt;'];

function report(text: string): string {
  return buildReportHtml({
    stages: STAGES,
    applications: [makeApplication({ company: text, role: text, jobUrl: 'https://x.example/?q=<b>' })],
    interviews: [makeInterview()],
    followUps: [makeFollowUp({ title: text, statusReason: text })],
    from: '2026-03-01T00:00:00.000Z',
    to: '2026-03-31T23:59:59.999Z',
    generatedAt: '2026-04-01T08:00:00.000Z',
    timeZone: 'Europe/Berlin',
  });
}

describe('buildReportHtml', () => {
  it.each(HOSTILE)('shows hostile user text %j as text, never as markup', (text) => {
    const html = report(text);
    expect(html).not.toContain(text);
    expect(html).toContain(escapeHtml(text));
    expect(html).not.toMatch(/<(script|img|svg)/i);
  });

  it('forbids scripts with a CSP', () => {
    expect(report('x')).toContain(`default-src 'none'`);
  });

  it('lists only applications and follow-ups in the range', () => {
    const html = buildReportHtml({
      stages: STAGES,
      applications: [
        makeApplication({ company: 'InRange' }),
        makeApplication({
          id: 'old',
          company: 'OldCo',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
          stageReachedAt: { applied: '2025-01-01T00:00:00.000Z' },
        }),
      ],
      interviews: [],
      followUps: [makeFollowUp({ title: 'Due in range' }), makeFollowUp({ id: 'f2', title: 'Due later', dueAt: '2026-05-01T08:00:00.000Z' })],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
      generatedAt: '2026-04-01T08:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(html).toContain('InRange');
    expect(html).not.toContain('OldCo');
    expect(html).toContain('Due in range');
    expect(html).not.toContain('Due later');
    expect(html).toContain('Applications (1)');
  });
});
