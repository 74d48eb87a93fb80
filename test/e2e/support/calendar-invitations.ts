import type { APIRequestContext, Page } from '@playwright/test';
import type { Application } from '../../../shared/domain';
import type { RunningApp } from './browser-mode';
import { callApi } from './workspace-api';

/** "20261208T140000Z" for an instant: the UTC form a feed writes (RFC 5545 §3.3.5, form 2). */
export const icsUtc = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The instant on the hour at or before `ms` (invitations start on the hour). */
export const hourAligned = (ms: number): number => Math.floor(ms / 3_600_000) * 3_600_000;

/** One event of a feed; what is left out is not written. */
export interface FeedEvent {
  uid: string;
  startMs: number;
  minutes: number;
  summary: string;
  /** `CN=…:mailto:…`, as after `ORGANIZER;`. */
  organizer?: string;
  /** Each as after `ATTENDEE;`. */
  attendees?: readonly string[];
  description?: string;
  sequence?: number;
}

/**
 * A public Google Calendar feed (its PRODID, UTC times) holding these events, each written with
 * its properties in the order Google's secret-address export writes them.
 */
export function googleFeed(events: readonly FeedEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `DTSTART:${icsUtc(e.startMs)}`, `DTEND:${icsUtc(e.startMs + e.minutes * 60_000)}`, `UID:${e.uid}`, 'DTSTAMP:20261201T000000Z');
    if (e.organizer !== undefined) lines.push(`ORGANIZER;${e.organizer}`);
    for (const attendee of e.attendees ?? []) lines.push(`ATTENDEE;${attendee}`);
    lines.push(`SUMMARY:${e.summary}`);
    if (e.description !== undefined) lines.push(`DESCRIPTION:${e.description}`);
    if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

/** Acme's recruiter, who sends the invitations below: the organizer the app matches the company by. */
export const ACME_RECRUITER = 'CN=Priya Raman:mailto:priya.raman@acme.io';

/** Acme, interviewing, with its recruiter as a contact: the application an Acme invitation belongs to. */
export async function createAcmeWithRecruiter(request: APIRequestContext, app: RunningApp): Promise<Application> {
  return (await callApi(request, app, 'applications.create', {
    company: 'Acme Inc.',
    role: 'Backend Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Priya Raman', title: 'Recruiter', email: 'priya.raman@acme.io', phone: '', notes: '' }],
  })) as Application;
}

/** A calendar file dropped on the window, as the browser delivers a file dragged from the desktop (a pointer cannot carry one). */
export async function dropOnWindow(page: Page, fileName: string, text: string): Promise<void> {
  await page.evaluate(
    ([name, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: 'text/calendar' }));
      const target = document.querySelector('main')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [fileName, text] as const,
  );
}
