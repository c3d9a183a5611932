/** A minimal tRPC-over-HTTP caller that keeps one session cookie. */
export interface TrpcCaller {
  query<T>(path: string, input?: unknown): Promise<T>;
  mutation<T>(path: string, input?: unknown): Promise<T>;
}

/** Calls the API of the server at `baseUrl`, sending its own origin as a browser would. */
export function createTrpcCaller(baseUrl: string): TrpcCaller {
  const origin = new URL(baseUrl).origin;
  const cookies = new Map<string, string>();

  async function call<T>(path: string, url: string, init: RequestInit): Promise<T> {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin, cookie },
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq > 0) cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const body = (await response.json().catch(() => null)) as {
      result?: { data?: T };
      error?: { data?: { errorId?: string } };
    } | null;
    if (!response.ok || !body?.result) {
      const errorId = body?.error?.data?.errorId ?? "no error id";
      throw new Error(`API call "${path}" failed with ${response.status} (${errorId})`);
    }
    return body.result.data as T;
  }

  return {
    query: (path, input) =>
      call(
        path,
        `${baseUrl}/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
        { method: "GET" },
      ),
    mutation: (path, input) =>
      call(path, `${baseUrl}/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: input === undefined ? undefined : JSON.stringify(input),
      }),
  };
}
