/** An error the API answered with, carrying its stable error id when it sent one. */
export class ApiError extends Error {
  readonly errorId: string | undefined;
  readonly status: number;

  constructor(path: string, status: number, errorId: string | undefined) {
    super(
      `API call "${path}" failed with status ${status} (${errorId ?? "no error id"})`,
    );
    this.name = "ApiError";
    this.errorId = errorId;
    this.status = status;
  }
}

/**
 * A Node-side caller of the tRPC HTTP API that keeps its own session cookie, for test
 * setup that needs no browser (creating a unit, reading a member's rights).
 */
export interface ApiSession {
  query<T>(path: string, input?: unknown): Promise<T>;
  mutation<T>(path: string, input?: unknown): Promise<T>;
  /** Signs in and keeps the session cookie; resolves to the sign-in result. */
  signIn(phone: string, password: string): Promise<{ mustChangePassword: boolean }>;
  /** The `Cookie` header value to send on other requests (e.g. a websocket upgrade). */
  cookieHeader(): string;
}

/** Opens an API session against a running server; the origin header matches its URL. */
export function createApiSession(baseUrl: string): ApiSession {
  const origin = new URL(baseUrl).origin;
  const cookies = new Map<string, string>();

  function cookieHeader(): string {
    return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async function call<T>(path: string, init: RequestInit, url: string): Promise<T> {
    const response = await fetch(url, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        origin,
        cookie: cookieHeader(),
      },
    });

    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq < 0) continue;
      const value = pair.slice(eq + 1);
      // An emptied cookie or a past expiry is how sign-out clears a session.
      if (value === "" || /max-age=0/i.test(line)) cookies.delete(pair.slice(0, eq));
      else cookies.set(pair.slice(0, eq), value);
    }

    const body = (await response.json().catch(() => null)) as {
      result?: { data?: T };
      error?: { data?: { errorId?: string } };
    } | null;
    if (!response.ok || !body?.result) {
      throw new ApiError(path, response.status, body?.error?.data?.errorId);
    }
    return body.result.data as T;
  }

  return {
    query: (path, input) => {
      const search =
        input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return call(path, { method: "GET" }, `${baseUrl}/trpc/${path}${search}`);
    },
    mutation: (path, input) =>
      call(
        path,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: input === undefined ? undefined : JSON.stringify(input),
        },
        `${baseUrl}/trpc/${path}`,
      ),
    signIn(phone, password) {
      return this.mutation("auth.signIn", { phone, password });
    },
    cookieHeader,
  };
}
