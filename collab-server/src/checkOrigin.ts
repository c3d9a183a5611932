import type { IncomingMessage } from "node:http";

/**
 * Whether a websocket upgrade comes from an allowed page: its Origin must be the
 * request's own `http(s)://Host` or one of `allowedOrigins`. Browsers always send
 * Origin on websocket upgrades, and a page of another site cannot forge it, so this
 * stops cross-site websocket hijacking with the session cookie. A request without
 * Origin is refused too: our own Node clients set it.
 */
export function isAllowedOrigin(
  request: Pick<IncomingMessage, "headers">,
  allowedOrigins: readonly string[],
): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  if (allowedOrigins.includes(origin)) return true;

  const host = request.headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
