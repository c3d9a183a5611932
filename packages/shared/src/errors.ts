/**
 * Stable error ids carried by API errors (`cause.errorId` on the wire) and translated by
 * the web app. Never match on message text; add an id here and a translation instead.
 */
export const errorIds = [
  "auth.invalidCredentials",
  "auth.locked",
  "auth.throttled",
  "auth.required",
  "auth.mustChangePassword",
  "auth.passwordTooWeak",
  "auth.wrongPassword",
  "auth.originRejected",
  "auth.memberDisabled",
  "auth.unitDisabled",
  "access.forbidden",
  "access.notFound",
  "unit.nameTaken",
  "member.phoneTaken",
  "department.notEmpty",
  "document.trashed",
  "document.notTrashed",
  "document.importFailed",
  "validation.failed",
  "internal",
  "document.importTooLarge",
  "member.cannotChangeSelf",
  "document.cannotShareWithOwner",
  "auth.samePassword",
] as const;

export type ErrorId = (typeof errorIds)[number];

/** Whether a value is one of the known error ids. */
export function isErrorId(value: unknown): value is ErrorId {
  return typeof value === "string" && (errorIds as readonly string[]).includes(value);
}
