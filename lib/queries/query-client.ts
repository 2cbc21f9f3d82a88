import { QueryClient, defaultShouldDehydrateQuery, isServer } from "@tanstack/react-query";

// TanStack's advanced-SSR pattern: a fresh client per server request, one per browser tab.
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live data is pushed by the server (see lib/queries); refetching on focus is not needed.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
