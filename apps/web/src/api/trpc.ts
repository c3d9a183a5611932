import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@xietong/server";

/** The typed API client; the session cookie rides along because the API is same-origin. */
export const api = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc" })],
});
