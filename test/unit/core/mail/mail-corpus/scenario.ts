import type { Core } from '../../../../../electron/core';
import type { Application, Interview } from '../../../../../shared/domain';
import { ok } from '../../../../support/core';

/**
 * The corpus's job seeker (jo@example.test), as of December 2026: sixteen applications in the
 * shapes the corpus's messages are about. Created on 2 November (before any message), looked at
 * on 22 December.
 */
export const CREATED_AT = '2026-11-02T09:00:00.000Z';
export const LOOKED_AT = '2026-12-22T12:00:00.000Z';

interface Seed {
  company: string;
  role?: string;
  jobUrl?: string;
  contact?: { name: string; email: string };
  interview?: { startsAt: string; timeZone?: string; promise?: string };
}

export const SEEDS = {
  northwind: { company: 'Northwind', role: 'Staff Engineer', jobUrl: 'https://careers.northwind.test/jobs/1', contact: { name: 'Dana Reyes', email: 'dana@northwind.test' }, interview: { startsAt: '2026-12-10T09:00:00.000Z', timeZone: 'Europe/Berlin', promise: '2026-12-11' } },
  contoso: { company: 'Contoso', role: 'Platform Engineer', jobUrl: 'https://boards.greenhouse.io/contoso/jobs/7', interview: { startsAt: '2026-12-15T14:00:00.000Z' } },
  fabrikam: { company: 'Fabrikam', role: 'Data Engineer', jobUrl: 'https://fabrikam.wd5.myworkdayjobs.com/External/job/R-10482' },
  tailspin: { company: 'Tailspin Toys', jobUrl: 'https://jobs.lever.co/tailspintoys/1', interview: { startsAt: '2026-12-08T15:00:00.000Z', promise: '2026-12-11' } },
  wingtip: { company: 'Wingtip', jobUrl: 'https://jobs.ashbyhq.com/wingtip/1', interview: { startsAt: '2026-12-09T15:00:00.000Z' } },
  adatumEngineer: { company: 'Adatum', role: 'Engineer', contact: { name: 'Kim', email: 'kim@adatum.test' }, interview: { startsAt: '2026-12-09T10:00:00.000Z' } },
  adatumDesigner: { company: 'Adatum', role: 'Designer', jobUrl: 'https://jobs.adatum.test/2' },
  litware: { company: 'Litware', role: 'Analyst' },
  proseware: { company: 'Proseware GmbH', role: 'Softwareentwickler', contact: { name: 'Martina Schulz', email: 'm.schulz@proseware.test' }, interview: { startsAt: '2026-12-04T09:00:00.000Z', timeZone: 'Europe/Berlin', promise: '2026-12-11' } },
  lamna: { company: 'Lamna', role: 'Product Manager', contact: { name: 'Claire Martin', email: 'c.martin@lamna.test' }, interview: { startsAt: '2026-12-04T13:00:00.000Z', timeZone: 'Europe/Paris' } },
  alpine: { company: 'Alpine Ski House', role: 'Instructora Jefe', contact: { name: 'Lucía Fernández', email: 'lucia@alpineskihouse.test' }, interview: { startsAt: '2026-12-02T10:00:00.000Z', timeZone: 'Europe/Madrid' } },
  fourthCoffee: { company: 'Fourth Coffee', role: 'Barista Trainer', contact: { name: 'Morgan', email: 'hr@fourthcoffee.test' }, interview: { startsAt: '2026-12-01T17:00:00.000Z', timeZone: 'America/Los_Angeles', promise: '2026-12-18' } },
  woodgrove: { company: 'Woodgrove Bank', role: 'Engineer', contact: { name: 'Sam Patel', email: 'sam@woodgrove.test' }, interview: { startsAt: '2026-12-07T14:00:00.000Z', timeZone: 'America/New_York', promise: '2026-12-14' } },
  margiesTours: { company: "Margie's Travel", role: 'Tour Lead', contact: { name: 'Rita', email: 'rita@margiestravel.test' }, interview: { startsAt: '2026-12-08T09:00:00.000Z', timeZone: 'UTC', promise: '2026-12-11' } },
  margiesOps: { company: "Margie's Travel", role: 'Operations', contact: { name: 'Rita', email: 'rita@margiestravel.test' } },
  trey: { company: 'Trey Research', role: 'Backend-Entwickler', contact: { name: 'Anna Weber', email: 'a.weber@treyresearch.test' }, interview: { startsAt: '2026-12-10T10:00:00.000Z', timeZone: 'Europe/Berlin', promise: '2026-12-17' } },
} satisfies Record<string, Seed>;

export type ApplicationKey = keyof typeof SEEDS;

export async function seedCorpusScenario(core: Core): Promise<{ apps: Record<ApplicationKey, Application>; interviews: Partial<Record<ApplicationKey, Interview>> }> {
  const apps = {} as Record<ApplicationKey, Application>;
  const interviews: Partial<Record<ApplicationKey, Interview>> = {};
  for (const [key, seed] of Object.entries(SEEDS) as [ApplicationKey, Seed][]) {
    apps[key] = await ok<Application>(core, 'applications.create', {
      company: seed.company,
      role: seed.role ?? 'Engineer',
      stageId: seed.interview ? 'interviewing' : 'applied',
      ...(seed.jobUrl ? { jobUrl: seed.jobUrl } : {}),
      contacts: seed.contact ? [{ name: seed.contact.name, title: '', email: seed.contact.email, phone: '', notes: '' }] : [],
    });
    if (seed.interview) {
      interviews[key] = await ok<Interview>(core, 'interviews.create', {
        applicationId: apps[key].id,
        round: 'Interview',
        startsAt: seed.interview.startsAt,
        timeZone: seed.interview.timeZone ?? 'UTC',
        hearBack: seed.interview.promise ? { status: 'date', date: seed.interview.promise, channel: 'email', asked: true } : { status: 'not_given', date: null, channel: 'email', asked: true },
      });
    }
  }
  return { apps, interviews };
}
