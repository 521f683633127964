import type { ApolloClient } from '@apollo/client';
import { useState } from 'react';
import type { Params } from 'react-router';

// A module of its own, not the router's: pages import it, and the router imports the pages.

/**
 * What a page may ask before it is drawn, given the address's parameters: on a first visit its main question then
 * goes out as soon as its code is in, instead of after the werkplaats and the viewer are known and it has drawn.
 * The page asks the same again when drawn; Apollo answers that from the cache or the request already on its way.
 */
export type Prefetch = (client: ApolloClient, params: Params, search: URLSearchParams) => Promise<unknown>;

/** Until the first navigation, the page drawn is the one the visit started at, whose Prefetch ran. */
let onFirstPage = true;

/** The router says the visit went on to another address (or the same one anew). */
export function leftFirstPage(): void {
  onFirstPage = false;
}

/**
 * The options for a question a page's Prefetch asked: on the visit's first page, its answer is in the cache or on
 * its way, so the page takes it from there instead of asking again (elsewhere the app's default: the cache, then
 * the network). Fixed when the page is drawn, so a later navigation does not change a question's options.
 */
export function usePrefetched(): { fetchPolicy?: 'cache-first' } {
  const [options] = useState(() => (onFirstPage ? { fetchPolicy: 'cache-first' as const } : {}));
  return options;
}
