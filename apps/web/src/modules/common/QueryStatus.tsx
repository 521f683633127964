import type { ReactElement } from 'react';
import { apiProblems } from '../../app/errors';
import { NotFound } from './NotFound';
import { LoadError, Loading } from './States';

/**
 * What a page shows while its object isn't there: loading, "not found" (also for what the reader may not
 * see: the API answers NOT_FOUND, not FORBIDDEN), or an error with a retry.
 */
export function queryStatus(state: {
  loading: boolean;
  error?: unknown;
  retry: () => unknown;
}): ReactElement {
  if (state.loading) return <Loading />;
  if (state.error) {
    const code = apiProblems(state.error)[0]?.code;
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? (
      <NotFound />
    ) : (
      <LoadError retry={() => void state.retry()} />
    );
  }
  return <NotFound />;
}
