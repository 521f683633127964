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

/**
 * fetchMore's updateQuery for the first page asked again because something new was shared (a live event): what is
 * not shown yet goes before what is (it is the newest), the count is the new one, and the pages loaded with "Meer
 * laden" stay, with their pageInfo, so the list does not fold back to one page.
 */
export function prependNew<K extends string>(field: K) {
  return <
    Q extends {
      [P in K]: { totalCount: number; edges: readonly { node: { id: string } }[] };
    },
  >(
    previous: Q,
    { fetchMoreResult }: { fetchMoreResult: Q },
  ): Q => {
    const shown = new Set(previous[field].edges.map((edge) => edge.node.id));
    const fresh = fetchMoreResult[field].edges.filter((edge) => !shown.has(edge.node.id));
    return {
      ...previous,
      [field]: {
        ...previous[field],
        totalCount: fetchMoreResult[field].totalCount,
        edges: [...fresh, ...previous[field].edges],
      },
    };
  };
}
