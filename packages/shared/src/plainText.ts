import { z } from "zod";

// C0 controls and DEL break exports and logs (a NUL even makes PostgreSQL refuse the
// row); bidi overrides and isolates let a title display as something other than what
// it says (the "Trojan Source" trick, CVE-2021-42574).
const forbiddenRanges: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x7f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** Whether a string holds a control character or a bidi override/isolate character. */
export function hasForbiddenCharacters(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (forbiddenRanges.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/** Options of `plainTextSchema`; messages are error ids the web app translates. */
export interface PlainTextOptions {
  /** Longest accepted length after trimming. */
  readonly max: number;
  /** Message id for an empty or too long value, e.g. "validation.title". */
  readonly lengthMessage: string;
}

/**
 * The zod schema for a one-line text that people name things with (titles, names of
 * units, departments and members): trimmed, 1 to `max` characters, and free of control
 * and bidi override characters ("validation.forbiddenCharacters").
 */
export function plainTextSchema(options: PlainTextOptions) {
  return z
    .string()
    .trim()
    .min(1, { message: options.lengthMessage })
    .max(options.max, { message: options.lengthMessage })
    .refine((value) => !hasForbiddenCharacters(value), {
      message: "validation.forbiddenCharacters",
    });
}

/** A document title: 200 characters fit any official title. */
export const titleSchema = plainTextSchema({
  max: 200,
  lengthMessage: "validation.title",
});

/** The name of a unit or a department. */
export const orgNameSchema = plainTextSchema({
  max: 100,
  lengthMessage: "validation.orgName",
});

/** A member's name as units enter it. */
export const personNameSchema = plainTextSchema({
  max: 50,
  lengthMessage: "validation.personName",
});

/**
 * The first message id `schema` gives for `value`, or undefined when it is valid: the
 * web app runs the server's own schema before sending a form.
 */
export function firstIssue(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}
