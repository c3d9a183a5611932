import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "../index.ts";

/** A tRPC client with its own cookie jar, like one browser profile. */
export interface TestClient {
  api: ReturnType<typeof createTRPCClient<AppRouter>>;
  /** Cookie name → value, as the server set them. */
  cookies: Map<string, string>;
  /** Every Set-Cookie header received, newest last. */
  setCookies: string[];
}

/**
 * Builds a client for a running server. `origin` is sent on every request as a
 * browser would (null sends none), so origin checks can be exercised.
 */
export function createTestClient(
  baseUrl: string,
  options: { origin?: string | null } = {},
): TestClient {
  const cookies = new Map<string, string>();
  const setCookies: string[] = [];
  const origin = options.origin === undefined ? baseUrl : options.origin;

  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (origin) headers.set("origin", origin);
    if (cookies.size > 0) {
      headers.set(
        "cookie",
        [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      );
    }

    const response = await fetch(input, { ...init, headers });
    for (const header of response.headers.getSetCookie()) {
      setCookies.push(header);
      const [pair = ""] = header.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(header)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };

  const api = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, fetch: fetchWithCookies })],
  });
  return { api, cookies, setCookies };
}

/** What a failed call carried in `data`; throws if the call succeeded. */
export async function errorDataOf(
  call: Promise<unknown>,
): Promise<Record<string, unknown> | undefined> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      return error.data as Record<string, unknown> | undefined;
    }
    throw error;
  }
  throw new Error("Expected the call to fail, and it succeeded");
}

/** The error id a failed call carried in `data.errorId`; throws if the call succeeded. */
export async function errorIdOf(call: Promise<unknown>): Promise<string | undefined> {
  const errorId = (await errorDataOf(call))?.errorId;
  return typeof errorId === "string" ? errorId : undefined;
}
