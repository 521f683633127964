/** Where a list that comes a page at a time stands: its Relay connection's pageInfo. */
interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * "Meer laden" under a list that comes a page at a time: asks for the page after the last one shown (cursors,
 * never offsets); nothing when there is no next page.
 */
export function LoadMore({
  pageInfo,
  label,
  onMore,
}: {
  pageInfo: PageInfo | undefined;
  label: string;
  onMore: (after: string | null) => Promise<unknown>;
}) {
  if (!pageInfo?.hasNextPage) return null;
  return (
    <button type="button" className="button" onClick={() => void onMore(pageInfo.endCursor ?? null)}>
      {label}
    </button>
  );
}
