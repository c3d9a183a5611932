import type { authZhCN } from "./auth.zh-CN.ts";
import type { Translation } from "./types.ts";

/** English messages of sign-in, password change and the session. */
export const authEn: Translation<typeof authZhCN> = {
  "auth.signInTitle": "Sign in",
  "auth.signInSubtitle": "Collaborative office workspace",
  "auth.phone": "Mobile number",
  "auth.password": "Password",
  "auth.signIn": "Sign in",
  "auth.signingIn": "Signing in…",
  "auth.changePasswordTitle": "Change password",
  "auth.mustChangeNotice":
    "This is your first sign-in or your password was reset. Set a new password to continue.",
  "auth.currentPassword": "Current password",
  "auth.newPassword": "New password",
  "auth.repeatPassword": "Repeat the new password",
  "auth.passwordRule":
    "Password rule: 8 to 128 characters with both Latin letters and digits, different from the current one.",
  "auth.passwordChanged": "Password changed. Your other devices have been signed out.",
  "auth.signOutEverywhereTitle": "Sign out everywhere",
  "auth.signOutEverywhereBody":
    "This signs you out on every device and browser, including this one. Continue?",
};
