import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a state-changing request comes from a page we serve: its Origin must be this
 * server's own `http(s)://Host`, or one of the configured origins. A missing Origin is
 * refused, since every browser sends one on a cross-site POST and our own clients do too.
 */
export function isOriginAllowed(
  headers: IncomingHttpHeaders,
  allowedOrigins: readonly string[],
): boolean {
  const origin = headers.origin;
  if (!origin || origin === "null") return false;
  if (allowedOrigins.includes(origin)) return true;

  const host = headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
