import { z } from "zod";

/** Mainland China mobile numbers: 11 digits starting 13–19. */
const mobilePattern = /^1[3-9]\d{9}$/;

/** Whether a string is an 11-digit mainland mobile number. */
export function isMainlandMobile(value: string): boolean {
  return mobilePattern.test(value);
}

/** The zod schema for a phone number field; its message is an error id for the UI. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(mobilePattern, { message: "validation.phone" });
