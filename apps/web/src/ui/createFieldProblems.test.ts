import { createRoot, createSignal } from "solid-js";
import { describe, expect, it } from "vitest";
import type { ApiProblem } from "../api/describeError.ts";
import { createFieldProblems } from "./createFieldProblems.ts";

const problem = (fieldErrors: ApiProblem["fieldErrors"]): ApiProblem => ({
  errorId: "validation.failed",
  key: "error.validation.failed",
  fieldErrors,
});

describe("createFieldProblems", () => {
  it("hides a field's server error once that field changes, and only that one", () => {
    createRoot((dispose) => {
      const [current, setCurrent] = createSignal<ApiProblem>();
      const fields = createFieldProblems<"phone" | "name">(current);
      setCurrent(problem({ phone: "validation.phone", name: "validation.personName" }));

      fields.edited("phone");
      expect(fields.error("phone")).toBeUndefined();
      expect(fields.error("name")).toBe("validation.personName");

      setCurrent(problem({ phone: "validation.phone" }));
      expect(fields.error("phone")).toBe("validation.phone");
      dispose();
    });
  });
});
