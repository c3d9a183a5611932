import { describe, expect, it } from "vitest";
import { avatarText } from "./avatarText.ts";

describe("avatarText", () => {
  it("shows the given name of a Chinese name", () => {
    expect(avatarText("王建华")).toBe("建华");
    expect(avatarText("张丽")).toBe("张丽");
  });

  it("shows the first letter of any other name, and ? for none", () => {
    expect(avatarText("alice")).toBe("A");
    expect(avatarText("  ")).toBe("?");
  });
});
