import {
  callPath,
  contractEvents,
  EVENT_NAMES,
  EventFrameSchema,
  eventsUrl,
  failureEnvelope,
  HTTP_TRANSPORT,
  type Envelope,
  type EventName,
  type EventPayload,
  type HearbackApi,
  type MethodName,
  type RequestOf,
  type ResponseOf,
} from '../../../shared/contract';

import { createEventInbox } from '../../../shared/contract/event-inbox';
import { envelopeOf } from './envelope';

const TOKEN_KEY = 'hearback.session';

/**
 * Browser mode: the per-launch secret arrives in the URL fragment (never sent to the server in
 * page loads); we keep it for this tab and remove it from the address bar.
 */
export function takeSessionToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** This tab's session secret (browser mode), for links that open this instance (the bookmarklet). */
export function currentSessionToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

const failure = (message: string): Envelope<never> => failureEnvelope('forbidden', message);

export function createBrowserClient(token: string | null): HearbackApi {
  // What the server hands over at connection (held while no page listened) usually arrives before
  // React has subscribed: the inbox keeps it for the first listener of its name, as the preload does.
  const inbox = createEventInbox();
  let source: EventSource | null = null;

  const connect = () => {
    if (source || !token) return;
    source = new EventSource(eventsUrl(token));
    source.addEventListener(HTTP_TRANSPORT.eventFrame, (message) => {
      let json: unknown;
      try {
        json = JSON.parse((message as MessageEvent<string>).data);
      } catch {
        return;
      }
      const checked = EventFrameSchema.safeParse(json);
      if (!checked.success) return;
      const frame = checked.data;
      const name = EVENT_NAMES.find((n) => n === frame.event);
      if (!name) return;
      const parsed = contractEvents[name].safeParse(frame.payload);
      if (!parsed.success) return;
      inbox.deliver(name, parsed.data);
    });
  };

  // Connected at once, not on the first subscription: the stream should be up before the page's
  // first answers arrive and the user starts acting on them.
  connect();

  return {
    async invoke<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>> {
      if (!token) return failure('This page was opened without its session link. Open the address printed by `npm run web`.');
      let response: Response;
      try {
        response = await fetch(callPath(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        });
      } catch {
        return { ok: false, error: { code: 'unavailable', message: 'Hearback is not running (the browser-mode server stopped).', issues: [] } };
      }
      if (response.status === 401 || response.status === 403) return failure('This session link is no longer valid. Open the address printed by `npm run web`.');
      return envelopeOf<ResponseOf<M>>(response);
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      connect();
      return inbox.listen(event, (payload) => listener(payload as EventPayload<E>));
    },
  };
}
