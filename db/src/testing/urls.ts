/** The maintenance database URL tests use to create and drop their own databases. */
export function adminUrl(): string {
  return (
    process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
  );
}

/** The URL of a database named `name` on the same server as `adminUrl()`. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
