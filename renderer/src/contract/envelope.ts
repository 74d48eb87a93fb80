import { EnvelopeShapeSchema, failureEnvelope, type Envelope } from '../../../shared/contract';

/**
 * The answer to a call, checked: a body that is not an envelope (a crashed server, a proxy page,
 * a truncated answer) becomes a failure with a sentence, never `undefined` on the screen.
 */
export async function envelopeOf<T>(response: Response): Promise<Envelope<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failureEnvelope('internal', `Hearback answered with something unreadable (HTTP ${response.status}); nothing was changed.`);
  }
  const parsed = EnvelopeShapeSchema.safeParse(body);
  if (!parsed.success) return failureEnvelope('internal', `Hearback answered in an unexpected form (HTTP ${response.status}); nothing was changed.`);
  // The value's own schema was applied by the core before it was sent.
  return parsed.data as Envelope<T>;
}
