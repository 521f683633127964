import { Navigate, useLocation } from 'react-router';
import { slugInPath, workshopPath } from '../../app/workshop';

/**
 * An object opened under another werkplaats's address (an atelier of B at `/w/a/ateliers/…`) does not pretend to
 * belong to the werkplaats in the address: the page moves to the object's own address, the rest kept.
 */
export function WrongWorkshop({ slug }: { slug: string }) {
  const location = useLocation();
  const current = slugInPath(location.pathname);
  if (!current || current === slug) return null;
  const rest = location.pathname.slice(workshopPath(current).length);
  return <Navigate replace to={`${workshopPath(slug, rest)}${location.search}${location.hash}`} />;
}
