import type { APIRequestContext } from '@playwright/test';
import type { RunningApp } from './browser-mode';
import { callApi, DAY, fromNow, HOUR, utcDateFromNow } from './workspace-api';

/**
 * A realistic week, relative to the real clock: an interview 12 days ago whose promised date has
 * passed (thank-you and check-in due), one that ended 3 hours ago with nothing recorded, and one
 * in two days.
 */
export async function seedWeek(request: APIRequestContext, app: RunningApp) {
  const northwind = await callApi(request, app, 'applications.create', {
    company: 'Northwind Traders',
    role: 'Staff Engineer',
    fitLine: 'I have run event-sourced systems at scale',
    contacts: [{ name: 'Robin Okafor', title: 'Engineering Manager', email: 'robin@northwind.example', phone: '', notes: '' }],
  });
  const robin = northwind.contacts[0]?.id ?? '';
  const technical = await callApi(request, app, 'interviews.create', {
    applicationId: northwind.id,
    round: 'Technical interview',
    startsAt: fromNow(-12 * DAY),
    timeZone: 'UTC',
    durationMinutes: 60,
    interviewerIds: [robin],
    memorableDetail: 'The migration to event sourcing',
    hearBack: { status: 'date', date: utcDateFromNow(-10 * DAY), channel: 'email', asked: true },
  });
  const contoso = await callApi(request, app, 'applications.create', { company: 'Contoso', role: 'Backend Developer' });
  const screen = await callApi(request, app, 'interviews.create', { applicationId: contoso.id, round: 'Phone screen', startsAt: fromNow(-3 * HOUR), timeZone: 'UTC', durationMinutes: 30, format: 'phone' });
  const fabrikam = await callApi(request, app, 'applications.create', { company: 'Fabrikam', role: 'Site Reliability Engineer' });
  const onsite = await callApi(request, app, 'interviews.create', { applicationId: fabrikam.id, round: 'Onsite loop', startsAt: fromNow(2 * DAY), timeZone: 'America/New_York', durationMinutes: 240, format: 'onsite' });
  const reminder = await callApi(request, app, 'followUps.create', { applicationId: contoso.id, title: 'Send the portfolio link', dueAt: fromNow(-1 * 60_000), timeZone: 'UTC' });
  return { northwind, technical, contoso, screen, fabrikam, onsite, reminder };
}
