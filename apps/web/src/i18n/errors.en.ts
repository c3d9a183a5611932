import type { errorsZhCN } from "./errors.zh-CN.ts";
import type { Translation } from "./types.ts";

/** English messages for API error ids and client-side field checks. */
export const errorsEn: Translation<typeof errorsZhCN> = {
  "error.auth.invalidCredentials": "The phone number or password is wrong.",
  "error.auth.locked":
    "Too many failed attempts. The account is locked; try again in {minutes} minutes or ask your unit administrator to unlock it.",
  "error.auth.lockedNoTime":
    "Too many failed attempts. The account is locked for a while; try again later or ask your unit administrator to unlock it.",
  "error.auth.throttled": "Too many attempts. Please wait a moment and try again.",
  "error.auth.required": "Your session has ended. Please sign in again.",
  "error.auth.mustChangePassword": "Please change your initial password first.",
  "error.auth.passwordTooWeak": "The new password is too weak.",
  "error.auth.wrongPassword": "The current password is wrong.",
  "error.auth.originRejected":
    "The request origin was refused. Reload the page and try again.",
  "error.auth.memberDisabled": "This account is disabled. Contact your unit admin.",
  "error.auth.unitDisabled": "Your unit is disabled. Contact the platform admin.",
  "error.access.forbidden": "You are not allowed to do this.",
  "error.access.notFound": "It does not exist or you no longer have access.",
  "error.unit.nameTaken": "This unit name is already taken.",
  "error.member.phoneTaken": "This phone number is already in use.",
  "error.department.notEmpty": "The department still has sub-departments or members.",
  "error.document.trashed": "The document is in the trash.",
  "error.document.notTrashed": "The document is not in the trash.",
  "error.document.importFailed": "The file could not be read. Check its format.",
  "error.document.importTooLarge": "The file is too large to import.",
  "error.member.cannotChangeSelf": "You cannot disable yourself or change your own role.",
  "error.document.cannotShareWithOwner": "The document cannot be shared with its owner.",
  "error.auth.samePassword": "The new password must differ from the current one.",
  "error.validation.failed": "Please check what you entered.",
  "error.internal": "Something went wrong on the server. Please try again later.",
  "error.generic": "That did not work. Please try again later.",
  "error.network": "Cannot reach the server. Check your network.",
  "validation.required": "This field is required.",
  "validation.phone": "Enter an 11-digit mobile number.",
  "validation.passwordMismatch": "The two new passwords differ.",
  "validation.passwordRule": "8 to 128 characters, with both Latin letters and digits.",
  "validation.title": "Enter a title of 1 to 200 characters.",
  "validation.invalid": "Invalid value.",
  "validation.orgName": "Enter a name of 1 to 100 characters.",
  "validation.personName": "Enter a name of 1 to 50 characters.",
  "validation.forbiddenCharacters":
    "Control characters and text direction overrides (such as line breaks or tabs) are not allowed.",
};
