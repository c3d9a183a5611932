/**
 * The collab websocket address on the page's own origin: `wss:` under HTTPS, so the
 * session cookie (Secure) travels with the upgrade, `ws:` in plain-HTTP development.
 */
export function collabUrl(location: Pick<Location, "protocol" | "host">): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/collab`;
}
