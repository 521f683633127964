import { createClient, type Client } from 'graphql-ws';

let open = false;
const listeners = new Set<(open: boolean) => void>();

function setOpen(value: boolean): void {
  if (open === value) return;
  open = value;
  for (const listener of listeners) listener(value);
}

/** Calls `listener` now and whenever the socket opens or closes, until the returned function is called. */
export function onLiveOpen(listener: (open: boolean) => void): () => void {
  listeners.add(listener);
  listener(open);
  return () => listeners.delete(listener);
}

/**
 * The app's one socket (graphql-ws over /graphql; the browser sends the session cookie with the upgrade). Loaded
 * with the first subscription, not with the first route. Reconnects with graphql-ws's own randomised, growing
 * waits; a session that ended is closed by the server for good (4401), a change of roles closes it to connect
 * again with them (4000). Whoever polls stops while it is open
 * (onLiveOpen) and polls again once it closes.
 */
export function createLiveClient(): Client {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  return createClient({
    url,
    retryAttempts: 8,
    // A ping every 25 s: a proxy between (nginx closes a socket silent for 60 s) keeps it open through idle hours.
    keepAlive: 25_000,
    // Without subscriptions for a while (signed out): closed, and opened again with the next one.
    lazyCloseTimeout: 5_000,
    on: {
      connected: () => setOpen(true),
      closed: () => setOpen(false),
    },
  });
}
