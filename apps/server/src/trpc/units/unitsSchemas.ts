import { orgNameSchema } from "@xietong/shared";
import { z } from "zod";

const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

/** Input of `units.updateSettings`: a unit's session and lockout policy. */
export const unitSettingsInput = z.object({
  sessionIdleMinutes: wholeNumber(5, 24 * 60),
  sessionAbsoluteHours: wholeNumber(1, 7 * 24),
  lockoutFailures: wholeNumber(3, 50),
  lockoutWindowMinutes: wholeNumber(1, 24 * 60),
  lockoutMinutes: wholeNumber(1, 24 * 60),
});

/** A unit's name: what the platform admin types, trimmed, with no control characters. */
export const unitNameSchema = orgNameSchema;
