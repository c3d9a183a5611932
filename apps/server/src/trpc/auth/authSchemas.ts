import { phoneSchema } from "@xietong/shared";
import { z } from "zod";

// Passwords are capped so that argon2 never hashes megabytes sent by a hostile client.
const passwordField = z.string().min(1).max(128);

/** Input of `auth.signIn`. */
export const signInInput = z.object({ phone: phoneSchema, password: passwordField });

/** Input of `auth.changePassword`; strength is checked by `checkPasswordStrength`. */
export const changePasswordInput = z.object({
  currentPassword: passwordField,
  newPassword: passwordField,
});
