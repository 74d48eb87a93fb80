import type { Core } from '../../electron/core';
import type { Application, Interview } from '../../shared/domain';
import { ok } from './core';

/**
 * The mail suites' user: applied at Northwind, where Dana (dana@northwind.test) is the contact,
 * and had the onsite on 10 March 2026; the answer was promised by email for the 13th.
 */
export async function northwindAfterOnsite(core: Core): Promise<{ app: Application; interview: Interview }> {
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Northwind',
    role: 'Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Dana', title: '', email: 'dana@northwind.test', phone: '', notes: '' }],
  });
  const interview = await ok<Interview>(core, 'interviews.create', {
    applicationId: app.id,
    round: 'Onsite',
    startsAt: '2026-03-10T09:00:00.000Z',
    timeZone: 'UTC',
    hearBack: { status: 'date', date: '2026-03-13', channel: 'email', asked: true },
  });
  return { app, interview };
}
