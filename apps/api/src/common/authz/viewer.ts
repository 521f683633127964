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
