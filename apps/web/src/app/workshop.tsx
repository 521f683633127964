import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import { matchPath, useLocation } from 'react-router';
import { graphql } from '../gql-shell';

export const CurrentWorkshopQuery = graphql(`
  query CurrentWorkshop($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      name
      region
    }
  }
`);

export interface CurrentWorkshop {
  id: string;
  slug: string;
  name: string;
  region?: string | null;
}

interface WorkshopState {
  /** The slug in the address (`/w/<slug>/…`), or null on a page of no werkplaats. */
  slug: string | null;
  workshop: CurrentWorkshop | null;
  loading: boolean;
  error: boolean;
  refetch: () => void;
}

const WorkshopContext = createContext<WorkshopState>({
  slug: null,
  workshop: null,
  loading: false,
  error: false,
  refetch: () => undefined,
});

/** The address of a page of a werkplaats: `workshopPath('lindeland', '/tribune')` is `/w/lindeland/tribune`. */
export function workshopPath(slug: string, path = ''): string {
  return `/w/${encodeURIComponent(slug)}${path}`;
}

/** The slug of the werkplaats in an address, if it is one of a werkplaats's pages. */
export function slugInPath(pathname: string): string | null {
  return matchPath({ path: '/w/:slug', end: false }, pathname)?.params.slug ?? null;
}

/**
 * The id of the werkplaats a slug names (null when none), asked as WorkshopProvider asks it: while both wait, one
 * request. For a page's Prefetch, whose questions need the id.
 */
export async function workshopIdOf(client: ApolloClient, slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  const { data } = await client.query({ query: CurrentWorkshopQuery, variables: { slug } });
  return data?.workshop?.id ?? null;
}

/** The werkplaats of the address, loaded once for the header and the page (one query, shared by Apollo's cache). */
export function WorkshopProvider({ children }: { children: ReactNode }) {
  const slug = slugInPath(useLocation().pathname);
  const { data, loading, error, refetch } = useQuery(CurrentWorkshopQuery, {
    variables: { slug: slug ?? '' },
    skip: !slug,
  });
  const value: WorkshopState = {
    slug,
    workshop: slug ? (data?.workshop ?? null) : null,
    loading: Boolean(slug) && loading && !data,
    error: Boolean(error) && !data,
    refetch: () => void refetch(),
  };
  return <WorkshopContext.Provider value={value}>{children}</WorkshopContext.Provider>;
}

export function useWorkshopState(): WorkshopState {
  return useContext(WorkshopContext);
}

/** The werkplaats of the page. Only for pages under `/w/:slug`, which render once it is known. */
export function useWorkshop(): CurrentWorkshop & { path: (path?: string) => string } {
  const { workshop } = useContext(WorkshopContext);
  if (!workshop) throw new Error('useWorkshop is for the pages of a werkplaats');
  return { ...workshop, path: (path = '') => workshopPath(workshop.slug, path) };
}
