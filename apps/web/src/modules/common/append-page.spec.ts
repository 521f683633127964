import { appendPage, prependNew } from './append-page';

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

  it('puts what is new on top of a list grown by "Meer laden", keeping its pages and where it goes on', () => {
    const shown = page(['d', 'e', 'f', 'g'], true, 'c-g');
    const previous = { feed: { ...shown, totalCount: 9 } };
    // The first page asked again: one new item, then the first of those already shown.
    const first = { feed: { ...page(['n', 'd', 'e'], true, 'c-e'), totalCount: 10 } };
    const merged = prependNew('feed')(previous, { fetchMoreResult: first });
    expect(merged.feed.edges.map((e) => e.node.id)).toEqual(['n', 'd', 'e', 'f', 'g']);
    expect(merged.feed.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c-g' });
    expect(merged.feed.totalCount).toBe(10);
    // Nothing new: the same items, nothing twice.
    const again = prependNew('feed')(merged, { fetchMoreResult: first });
    expect(again.feed.edges.map((e) => e.node.id)).toEqual(['n', 'd', 'e', 'f', 'g']);
  });
});
