/**
 * Who is asking: null for a visitor. Built once per request from the session, with the person's
 * werkplaats-wide roles; what they take part in is asked of the database inside each query.
 */
export interface Viewer {
  userId: string;
  /** Werkplaatsen (workshop ids) where the person sits on the programmacommissie. */
  committeeOf: ReadonlySet<string>;
  /** Werkplaatsen where the person is beheerder. */
  adminOf: ReadonlySet<string>;
}

export type MaybeViewer = Viewer | null;

/** The viewer of a person, from their werkplaats-wide roles (as the session reads them). */
export function viewerOf(userId: string, roles: readonly { workshopId: string; role: string }[]): Viewer {
  return {
    userId,
    committeeOf: new Set(roles.filter((r) => r.role === 'COMMITTEE').map((r) => r.workshopId)),
    adminOf: new Set(roles.filter((r) => r.role === 'ADMIN').map((r) => r.workshopId)),
  };
}
