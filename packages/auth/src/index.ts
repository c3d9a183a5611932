export {
  collabTokenLifetimeMs,
  createCollabToken,
  validateCollabToken,
} from "./collabTokens.ts";
export { createIpThrottle, type IpThrottle } from "./createIpThrottle.ts";
export { createSemaphore, type Semaphore } from "./createSemaphore.ts";
export {
  checkPasswordStrength,
  generateDefaultPassword,
  hashPassword,
  verifyPassword,
} from "./passwords.ts";
export {
  isCookieInsecure,
  readSessionCookie,
  serializeBlankSessionCookie,
  serializeSessionCookie,
  sessionCookieName,
} from "./sessionCookie.ts";
export { type SessionEnds, sessionEnds } from "./sessionEnds.ts";
export {
  createSession,
  invalidateMemberSessions,
  invalidateSession,
  type SessionMember,
  type ValidatedSession,
  validateSessionById,
  validateSessionToken,
} from "./sessions.ts";
export { generateToken, hashToken } from "./sessionToken.ts";
export { type SignInResult, signIn } from "./signIn.ts";
export { sweepExpired } from "./sweepExpired.ts";
