/**
 * fetchMore's updateQuery for a connection at the top of a query: the next page's edges after those shown, its
 * pageInfo in place of the old one, the rest of the answer as it was.
 */
export function appendPage<K extends string>(field: K) {
  return <Q extends { [P in K]: { edges: readonly unknown[] } }>(
    previous: Q,
    { fetchMoreResult }: { fetchMoreResult: Q },
  ): Q => ({
    ...previous,
    [field]: {
      ...fetchMoreResult[field],
      edges: [...previous[field].edges, ...fetchMoreResult[field].edges],
    },
  });
}
