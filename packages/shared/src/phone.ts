import { z } from "zod";

/** Mainland China mobile numbers: 11 digits starting 13–19. */
const mobilePattern = /^1[3-9]\d{9}$/;

// Spaces (ASCII and ideographic) and the dashes people type or paste between groups.
const separators = /[\s\u3000\-‐‑‒–—－]/g;

/**
 * A phone number as people type or paste it, made comparable: full-width digits become
 * ASCII, spaces and dashes go, and a leading +86 or 86 is dropped when 11 digits remain.
 * Anything else is left as is for the validation to refuse.
 */
export function normalizePhone(value: string): string {
  const ascii = value
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/＋/g, "+")
    .replace(separators, "");
  const country = /^\+?86(\d{11})$/.exec(ascii);
  return country?.[1] ?? ascii;
}

/** Whether a string is an 11-digit mainland mobile number (after `normalizePhone`). */
export function isMainlandMobile(value: string): boolean {
  return mobilePattern.test(normalizePhone(value));
}

/**
 * The zod schema for a phone number field: normalised, then checked; its message is an
 * error id for the UI. The parsed value is the bare 11 digits.
 */
export const phoneSchema = z
  .string()
  .max(40, { message: "validation.phone" })
  .transform(normalizePhone)
  .pipe(z.string().regex(mobilePattern, { message: "validation.phone" }));
