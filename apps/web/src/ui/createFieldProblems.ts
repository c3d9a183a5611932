import { createSignal } from "solid-js";
import type { ApiProblem } from "../api/describeError.ts";
import type { MessageKey } from "../i18n/index.ts";

/** The API's field errors for a form, each hidden once its field is edited. */
export interface FieldProblems<Field extends string> {
  /** Call on every change of a field: its server error no longer applies. */
  edited(field: Field): void;
  /** The server's error for a field, unless the field changed since that error. */
  error(field: Field): MessageKey | undefined;
}

/**
 * Follows the API problem of a form so that a field's server error goes away as soon as
 * the member changes that field, while the other fields keep theirs. `apiName` maps a
 * form field to the input name in the API's zod errors when they differ.
 */
export function createFieldProblems<Field extends string>(
  problem: () => ApiProblem | undefined,
  apiName: (field: Field) => string = (field) => field,
): FieldProblems<Field> {
  const [editedAfter, setEditedAfter] = createSignal<
    Partial<Record<Field, ApiProblem | undefined>>
  >({});

  return {
    edited(field) {
      const next = { ...editedAfter() };
      next[field] = problem();
      setEditedAfter(() => next);
    },
    error(field) {
      const current = problem();
      if (!current || editedAfter()[field] === current) return undefined;
      return current.fieldErrors[apiName(field)];
    },
  };
}
