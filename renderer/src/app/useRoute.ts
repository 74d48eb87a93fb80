import { useEffect, useState } from 'react';

/** Where the user is: a main view, optionally with one application open over it. */
export type View = 'board' | 'today' | 'history' | 'insights' | 'data' | 'settings' | 'worklog';
export interface Route {
  view: View;
  applicationId: string | null;
  followUpId: string | null;
  /** Open that follow-up's draft (a notification's Draft action). */
  draft: boolean;
}

const VIEWS: readonly View[] = ['board', 'today', 'history', 'insights', 'data', 'settings', 'worklog'];

/** `#/today`, `#/board/app/<id>`, `#/today/app/<id>/follow-up/<id>[/draft]`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const view = VIEWS.find((v) => v === parts[0]) ?? 'board';
  const applicationId = parts[1] === 'app' && parts[2] ? decodeURIComponent(parts[2]) : null;
  const followUpId = applicationId && parts[3] === 'follow-up' && parts[4] ? decodeURIComponent(parts[4]) : null;
  return { view, applicationId, followUpId, draft: followUpId !== null && parts[5] === 'draft' };
}

export function routeHref(route: Partial<Route> & { view: View }): string {
  let href = `#/${route.view}`;
  if (route.applicationId) href += `/app/${encodeURIComponent(route.applicationId)}`;
  if (route.applicationId && route.followUpId) href += `/follow-up/${encodeURIComponent(route.followUpId)}`;
  if (route.applicationId && route.followUpId && route.draft) href += '/draft';
  return href;
}

export function navigate(route: Partial<Route> & { view: View }): void {
  window.location.hash = routeHref(route);
}

/**
 * The application view closed: back to the view under it — unless the user has gone somewhere else
 * meanwhile (the dialog's close event comes a moment after Escape; a click on Today in that moment
 * must not be undone by it).
 */
export function closeApplication(applicationId: string | null): void {
  const current = parseRoute(window.location.hash);
  if (current.applicationId === applicationId) navigate({ view: current.view });
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
