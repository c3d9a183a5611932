import type { Translation } from "./types.ts";
import type { unitsZhCN } from "./units.zh-CN.ts";

/** English messages of the unit admin pages. */
export const unitsEn: Translation<typeof unitsZhCN> = {
  "units.adminTitle": "Unit admin",
  "units.sections": "Admin sections",
  "units.departments": "Departments",
  "units.members": "Members",
  "units.security": "Security",
  "units.sessionIdleMinutes": "Sign out after idle (minutes)",
  "units.sessionAbsoluteHours": "Longest sign-in (hours)",
  "units.lockoutFailures": "Failures before locking an account",
  "units.lockoutWindowMinutes": "Window for counting failures (minutes)",
  "units.lockoutMinutes": "Lock duration (minutes)",
  "units.settingsSaved": "Settings saved.",
};
