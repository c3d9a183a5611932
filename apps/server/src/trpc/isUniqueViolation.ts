/**
 * Whether a database error is a unique-constraint violation (SQLSTATE 23505) on the
 * named constraint; PostgreSQL and PGlite both report the code and constraint.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, constraint: name } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && name === constraint;
}
