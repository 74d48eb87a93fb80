import type { Contact, Interview } from '../domain';

/** Small helpers that keep drafts short, ungendered and well punctuated. */

/** "Robin Okafor" → "Robin". Nothing gendered: never a title such as Mr or Ms. */
export function firstName(contact: Pick<Contact, 'name'>): string {
  return contact.name.trim().split(/\s+/)[0] ?? '';
}

/** "Hi Robin," / "Hi Robin and Sam," / "Hi Robin, Sam and Kai," / "Hello," */
export function greeting(people: readonly Pick<Contact, 'name'>[]): string {
  const names = people.map(firstName).filter((n) => n !== '');
  if (names.length === 0) return 'Hello,';
  if (names.length === 1) return `Hi ${names[0]},`;
  return `Hi ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]},`;
}

/** Text used inside a sentence: trimmed, without a trailing full stop, first letter kept. */
export function clause(text: string): string {
  return text.trim().replace(/[.!\s]+$/, '');
}

/** Lower-cases the first letter unless the word looks like a name or acronym ("I", "AWS"). */
export function inSentence(text: string): string {
  const c = clause(text);
  if (c === '' || /^[A-Z]{2,}|^I\b/.test(c)) return c;
  return c.charAt(0).toLowerCase() + c.slice(1);
}

/** "Tuesday, March 3" in the interview's own zone (fixed English locale for stable drafts). */
export function interviewDay(interview: Pick<Interview, 'startsAt' | 'timeZone'>): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: interview.timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(interview.startsAt));
}

/** Ends a sentence with one full stop, unless user text already ended it ("Acme Inc.", "Yahoo!"). */
export function sentence(text: string): string {
  return /[.!?…]["'”’)]*$/.test(text) ? text : `${text}.`;
}

/** Sign-off with the user's name when known. */
export function signOff(userName: string | undefined, closing: string): string {
  const name = userName?.trim();
  return name ? `${closing}\n${name}` : closing;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
