import { getDomain } from 'tldts';
import type { Application } from '../domain';

/*
 * What names a company in someone's address: one module for the mail matcher and the calendar
 * matcher, which need the same answers. Whether a name or a text names it: `same-company.ts`.
 */

/** Applicant-tracking and interview-scheduling services: they write for many companies, so never a company's own domain. */
export const HIRING_SYSTEM_DOMAINS: readonly string[] = [
  'greenhouse.io',
  'greenhouse-mail.io',
  'lever.co',
  'ashbyhq.com',
  'myworkday.com',
  'workday.com',
  'myworkdayjobs.com',
  'smartrecruiters.com',
  'smartrecruiters-mail.com',
  'icims.com',
  'workable.com',
  'workablemail.com',
  'jobvite.com',
  'calendly.com',
  'goodtime.io',
  'bamboohr.com',
  'recruitee.com',
  'teamtailor.com',
  'personio.de',
  'personio.com',
  'modernloop.io',
  'gem.com',
];

/** Addresses at these belong to anyone: never a company's domain. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'fastmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'yandex.ru',
  'zoho.com',
];

/**
 * The registrable part of a host, by the public-suffix list (tldts, private suffixes included, so
 * a company's own `acme.github.io` is not all of GitHub):
 *
 * | host                          | registrable domain   |
 * |-------------------------------|----------------------|
 * | `mail.northwind.co.uk`        | `northwind.co.uk`    |
 * | `careers.fabrikam.com.au`     | `fabrikam.com.au`    |
 * | `acme.github.io`              | `acme.github.io`     |
 * | `Mail.Acme.COM.`              | `acme.com`           |
 * | an address, `localhost`, a bare suffix (`co.uk`) | the host itself, lower-case, no final dot |
 */
export function registrableDomain(host: string): string {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

export const domainOf = (address: string): string => registrableDomain(address.slice(address.lastIndexOf('@') + 1));

export const isHiringSystem = (domain: string): boolean => HIRING_SYSTEM_DOMAINS.includes(domain);
export const isFreeMail = (domain: string): boolean => FREE_MAIL_DOMAINS.includes(domain);

/**
 * The company's own domains: its contacts' and its job link's, minus hiring systems, free mail
 * and whatever else the caller knows to belong to everyone (`alsoIgnore`, e.g. calendar services).
 */
export function companyDomains(app: Application, alsoIgnore: readonly string[] = []): Set<string> {
  const domains = new Set<string>();
  for (const c of app.contacts) if (c.email.includes('@')) domains.add(domainOf(c.email));
  if (app.jobUrl) {
    try {
      domains.add(registrableDomain(new URL(app.jobUrl).hostname));
    } catch {
      // A link that does not parse names no domain.
    }
  }
  for (const d of [...domains]) if (isHiringSystem(d) || isFreeMail(d) || alsoIgnore.includes(d) || d === '') domains.delete(d);
  return domains;
}

/** Naming a company in a text is the same-company rule's; re-exported for the matchers that read it here. */
export { companyKey, namesCompany, textWords } from './same-company';
