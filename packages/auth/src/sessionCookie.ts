/**
 * Whether the session cookie drops `Secure` and the `__Host-` prefix, for plain-http
 * testing across a LAN. Chromium accepts Secure cookies on http://localhost, so this
 * stays off unless `COOKIE_INSECURE=1`.
 */
export function isCookieInsecure(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.COOKIE_INSECURE === "1";
}

/** The session cookie's name: `__Host-xt_session`, or `xt_session` when insecure. */
export function sessionCookieName(env: NodeJS.ProcessEnv = process.env): string {
  return isCookieInsecure(env) ? "xt_session" : "__Host-xt_session";
}

/** Reads the session token from a Cookie header; null when there is none. */
export function readSessionCookie(
  cookieHeader: string | undefined | null,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (!cookieHeader) return null;

  const name = sessionCookieName(env);
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;

    const value = part.slice(eq + 1).trim();
    // Our tokens are lowercase base32; anything else is not ours and is ignored.
    return /^[a-z2-7]{16,64}$/.test(value) ? value : null;
  }
  return null;
}

/** The Set-Cookie value that stores a session token until `expiresAt`. */
export function serializeSessionCookie(
  token: string,
  expiresAt: Date,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const attributes = [
    `${sessionCookieName(env)}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (!isCookieInsecure(env)) attributes.push("Secure");
  return attributes.join("; ");
}

/** The Set-Cookie value that removes the session cookie. */
export function serializeBlankSessionCookie(
  env: NodeJS.ProcessEnv = process.env,
): string {
  const attributes = [
    `${sessionCookieName(env)}=`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    "Max-Age=0",
  ];
  if (!isCookieInsecure(env)) attributes.push("Secure");
  return attributes.join("; ");
}
