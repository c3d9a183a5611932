import { describe, expect, it } from "vitest";
import {
  firstIssue,
  hasForbiddenCharacters,
  personNameSchema,
  titleSchema,
} from "./plainText.ts";

describe("titleSchema", () => {
  it("accepts a long official title and trims it", () => {
    const title =
      "关于印发《示例市2027年度机关事业单位公文处理工作规范化建设实施方案》的通知";
    expect(titleSchema.parse(`  ${title} `)).toBe(title);
  });

  it("refuses a blank title with the title message", () => {
    expect(firstIssue(titleSchema, "   ")).toBe("validation.title");
    expect(firstIssue(titleSchema, "字".repeat(201))).toBe("validation.title");
  });

  it("refuses a NUL, a tab inside and DEL", () => {
    for (const bad of ["a\u0000b", "a\tb", "a\u007fb", "a\nb"]) {
      expect(firstIssue(titleSchema, bad)).toBe("validation.forbiddenCharacters");
    }
  });

  it("refuses bidi overrides and isolates", () => {
    for (const bad of ["a\u202eb", "a\u202ab", "a\u2066b", "a\u2069b"]) {
      expect(firstIssue(titleSchema, bad)).toBe("validation.forbiddenCharacters");
    }
  });
});

describe("hasForbiddenCharacters", () => {
  it("lets through ordinary Chinese punctuation and marks", () => {
    expect(hasForbiddenCharacters("关于《通知》（2026）——第〔12〕号\u200d")).toBe(false);
  });
});

describe("personNameSchema", () => {
  it("caps a name at 50 characters with its own message", () => {
    expect(firstIssue(personNameSchema, "名".repeat(51))).toBe("validation.personName");
    expect(firstIssue(personNameSchema, "张\u202e三")).toBe(
      "validation.forbiddenCharacters",
    );
  });
});
