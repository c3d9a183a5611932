import type { IncomingMessage } from "node:http";

/**
 * The caller's address for throttling. With no trusted proxy it is the socket's peer.
 * Behind `trustedProxyHops` proxies, each appends the address it received from to
 * X-Forwarded-For, so the client is that many entries from the right; entries further
 * left were written by the caller and cannot be trusted.
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (trustedProxyHops <= 0) return peer;

  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? peer;
}
