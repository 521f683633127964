import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef } from 'react';
import { onLiveOpen } from '../../app/live-link';

/**
 * Runs `onData` with each event of a subscription over the live socket (through the Apollo client's own
 * `subscribe`, so no subscription hook joins the shell's chunks), while `active`.
 */
export function useLiveSubscription<T>(
  query: TypedDocumentNode<T, Record<string, never>>,
  onData: (data: T) => void,
  active = true,
): void {
  const client = useApolloClient();
  const latest = useRef(onData);
  useEffect(() => {
    latest.current = onData;
  }, [onData]);
  useEffect(() => {
    if (!active) return;
    const subscription = client.subscribe({ query }).subscribe({
      next: (result) => {
        if (result.data) latest.current(result.data);
      },
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }, [client, query, active]);
}

/** Runs `listener` when the live socket opens (true) or closes (false), while mounted. */
export function useLiveOpen(listener: (open: boolean) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  }, [listener]);
  useEffect(() => onLiveOpen((open) => latest.current(open)), []);
}
