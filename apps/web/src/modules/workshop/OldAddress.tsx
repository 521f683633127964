import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation, useParams } from 'react-router';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { NotFound } from '../common/NotFound';
import { LoadError, Loading } from '../common/States';

const ObjectWorkshopQuery = graphql(`
  query ObjectWorkshop($id: ID!) {
    node(id: $id) {
      id
      ... on Atelier {
        workshop {
          id
          slug
        }
      }
      ... on Lesson {
        atelier {
          id
          workshop {
            id
            slug
          }
        }
      }
      ... on Insight {
        atelier {
          id
          workshop {
            id
            slug
          }
        }
      }
      ... on Activity {
        host: atelier {
          id
          workshop {
            id
            slug
          }
        }
        ownWorkshop: workshop {
          id
          slug
        }
      }
    }
  }
`);

const PersonWorkshopsQuery = graphql(`
  query PersonWorkshops {
    me {
      id
      workshops {
        id
        slug
      }
      workshopRoles {
        role
        workshop {
          id
          slug
        }
      }
    }
    workshops {
      id
      slug
    }
  }
`);

/**
 * An atelier, lesson, insight or activity at its address from before werkplaatsen had their own (links in
 * notifications, bookmarks): moves to the same page under its werkplaats, `/w/<slug>/…`.
 */
export function OldObjectAddress() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ObjectWorkshopQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const node = data?.node;
  // An activity is of its atelier's werkplaats, or (werkplaats-wide) of its own.
  const slug = !node
    ? null
    : 'ownWorkshop' in node
      ? (node.host?.workshop.slug ?? node.ownWorkshop?.slug ?? null)
      : 'workshop' in node
        ? node.workshop.slug
        : 'atelier' in node
          ? node.atelier.workshop.slug
          : null;
  if (!slug) return <NotFound />;
  return (
    <Navigate replace to={`${workshopPath(slug, location.pathname)}${location.search}${location.hash}`} />
  );
}

/**
 * A page of a werkplaats at its address from before werkplaatsen had their own (`/tribune`, `/zoeken`,
 * `/commissie`, `/lidmaatschappen`, `/beheer/…`): moves to that page of the person's werkplaats (for beheer, the
 * first where they are beheerder; for the commissie, where they sit on it), or of the deployment's only one; to
 * the list of werkplaatsen when there is none to choose. The sub-path and the query string go along.
 */
export function OldWorkshopAddress() {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(PersonWorkshopsQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const params = new URLSearchParams(location.search);
  // `/beheer?werkplaats=<id>` chose the werkplaats in the query string; now the address does.
  const named = params.get('werkplaats');
  params.delete('werkplaats');
  const roleKind = location.pathname.startsWith('/beheer')
    ? 'ADMIN'
    : location.pathname.startsWith('/commissie')
      ? 'COMMITTEE'
      : null;
  const withRole = (data?.me?.workshopRoles ?? []).filter((r) => r.role === roleKind).map((r) => r.workshop);
  const all = data?.workshops ?? [];
  const workshop =
    (named ? all.find((w) => w.id === named) : undefined) ??
    withRole[0] ??
    data?.me?.workshops[0] ??
    (all.length === 1 ? all[0] : undefined);
  if (!workshop) return <Navigate replace to="/" />;
  const search = params.toString();
  return (
    <Navigate
      replace
      to={`${workshopPath(workshop.slug, location.pathname)}${search ? `?${search}` : ''}${location.hash}`}
    />
  );
}
