import { orgNameSchema, phoneSchema, titleSchema } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import { checkText } from "./checkText.ts";

describe("checkText", () => {
  it("gives the title message for a blank title, as documents.create does", () => {
    expect(checkText(titleSchema, "  ")).toBe("validation.title");
  });

  it("refuses a NUL with the translated forbidden-characters message", () => {
    expect(checkText(titleSchema, "通知\u0000")).toBe("validation.forbiddenCharacters");
    expect(checkText(orgNameSchema, "办公室\u202e")).toBe(
      "validation.forbiddenCharacters",
    );
  });

  it("accepts a phone typed with full-width digits and +86", () => {
    expect(checkText(phoneSchema, "+86 １３８ ００１３ ８０００")).toBeUndefined();
    expect(checkText(phoneSchema, "1380013800")).toBe("validation.phone");
  });
});
