/** Where the app goes after signing in when no other page was asked for. */
export const defaultPath = "/documents";

/**
 * The `next` address to return to after signing in, if it is a path inside this app.
 * Anything else ("//evil.example", "https://…", "/\\evil.example") would make the sign-in
 * page an open redirect, so it falls back to the document list.
 */
export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith("/")) return defaultPath;
  if (value.startsWith("//") || value.startsWith("/\\")) return defaultPath;
  if (value === "/sign-in" || value.startsWith("/sign-in?")) return defaultPath;
  return value;
}
