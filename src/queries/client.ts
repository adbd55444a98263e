import { QueryClient } from '@tanstack/react-query';

/** The database is local: never pause for "offline", never retry a failed SQL statement, never go stale. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { networkMode: 'always', retry: false, staleTime: Infinity, gcTime: 5 * 60_000 } },
  });
}
