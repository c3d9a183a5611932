import { describe, expect, it } from "vitest";
import { isMainlandMobile, normalizePhone, phoneSchema } from "./phone.ts";

describe("normalizePhone", () => {
  it("turns full-width digits into ASCII", () => {
    expect(normalizePhone("１３８００１３８０００")).toBe("13800138000");
  });

  it("strips spaces and dashes between groups", () => {
    expect(normalizePhone(" 138-0013 8000 ")).toBe("13800138000");
    expect(normalizePhone("138\u30000013－8000")).toBe("13800138000");
  });

  it("drops a leading +86 or 86 when 11 digits remain", () => {
    expect(normalizePhone("+86 138 0013 8000")).toBe("13800138000");
    expect(normalizePhone("8613800138000")).toBe("13800138000");
    expect(normalizePhone("＋８６13800138000")).toBe("13800138000");
  });

  it("keeps a number that only starts with 86", () => {
    expect(normalizePhone("86138001380")).toBe("86138001380");
  });
});

describe("phoneSchema", () => {
  it("parses to the bare 11 digits", () => {
    expect(phoneSchema.parse("+86 138-0013-8000")).toBe("13800138000");
    expect(isMainlandMobile("１３８ ００１３ ８０００")).toBe(true);
  });

  it("refuses 12 digits instead of truncating them", () => {
    const result = phoneSchema.safeParse("138001380001");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.phone");
  });
});
