import { appendPage } from './append-page';

describe('appending the next page of a list', () => {
  const page = (ids: string[], hasNextPage: boolean, endCursor: string | null) => ({
    edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })),
    pageInfo: { hasNextPage, endCursor },
    totalCount: 5,
  });

  it('puts the next page after what is shown, with its pageInfo, and keeps the rest of the answer', () => {
    const previous = { feed: page(['a', 'b'], true, 'c-b'), unread: 3 };
    const next = { feed: page(['c', 'd', 'e'], false, 'c-e'), unread: 4 };
    const merged = appendPage('feed')(previous, { fetchMoreResult: next });
    expect(merged.feed.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(merged.feed.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c-e' });
    // Only the list grows: the other fields of the answer are the ones on screen.
    expect(merged.unread).toBe(3);
    // What was shown is not changed in place (Apollo's cache compares by reference).
    expect(previous.feed.edges).toHaveLength(2);
  });
});
