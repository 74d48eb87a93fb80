import type { SourceProblem } from '../../../shared/contract/methods/calendar';
import { icsErrorText } from '../../../shared/calendar/parse-ics';

/** What the user reads for each problem: what happened and what to do. Never the address. */
export function sourceProblemText(problem: SourceProblem, status: number | null): string {
  switch (problem) {
    case 'unauthorized':
      return `The server refused access (${status ?? 401}). The private address may have been reset: copy it again from your calendar.`;
    case 'not-found':
      return `Nothing at this address (${status ?? 404}). The calendar may have been deleted or its address reset.`;
    case 'tls':
      return 'The server’s certificate could not be verified (TLS), so nothing was read.';
    case 'timeout':
      return 'The server did not answer in time. Hearback tries again at the next check.';
    case 'network':
      return 'The server could not be reached. Hearback tries again at the next check.';
    case 'http':
      return `The server answered with an error (${status ?? 'unknown'}). Hearback tries again at the next check.`;
    case 'address-forgotten':
      return 'Its private address or password was kept for the last run only (browser mode). Remove this calendar and add it again.';
    case 'own-network':
      return 'This calendar’s server, or an address it sent Hearback on to, is on this computer or a private network. Hearback goes there only when you say so: if it is your own server, tick “This server is on my own network” on this calendar.';
    case 'html':
    case 'not-a-calendar':
    case 'too-large':
    case 'broken':
      return `${icsErrorText(problem)}. Nothing from it was changed.`;
  }
}
