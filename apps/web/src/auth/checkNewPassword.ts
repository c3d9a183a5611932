import type { MessageKey } from "../i18n/index.ts";

/** The fields of the change-password form. */
export interface NewPasswordInput {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/**
 * Checks the change-password form before it is sent: the same strength rule the API
 * enforces (8 to 128 characters, with Latin letters and digits), so most mistakes show
 * at once.
 * The API stays the judge: it may still refuse with `auth.passwordTooWeak` or
 * `auth.samePassword`.
 */
export function checkNewPassword(
  input: NewPasswordInput,
): Partial<Record<keyof NewPasswordInput, MessageKey>> {
  const errors: Partial<Record<keyof NewPasswordInput, MessageKey>> = {};

  if (input.currentPassword === "") errors.currentPassword = "validation.required";

  const { length } = input.newPassword;
  const strong =
    length >= 8 &&
    length <= 128 &&
    /[A-Za-z]/.test(input.newPassword) &&
    /\d/.test(input.newPassword);
  if (input.newPassword === "") errors.newPassword = "validation.required";
  else if (!strong) errors.newPassword = "validation.passwordRule";
  else if (input.newPassword === input.currentPassword)
    errors.newPassword = "error.auth.samePassword";

  if (input.repeatPassword !== input.newPassword)
    errors.repeatPassword = "validation.passwordMismatch";

  return errors;
}
