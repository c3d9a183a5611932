import { describe, expect, it } from "vitest";
import {
  checkPasswordStrength,
  generateDefaultPassword,
  hashPassword,
  verifyPassword,
} from "./passwords.ts";

describe("passwords", () => {
  it("hashes with argon2id m=19456 t=2 p=1 and verifies", async () => {
    const hash = await hashPassword("Xietong2026");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, "Xietong2026")).resolves.toBe(true);
    await expect(verifyPassword(hash, "xietong2026")).resolves.toBe(false);
  });

  it("treats a malformed hash as a wrong password", async () => {
    await expect(verifyPassword("not-a-hash", "x")).resolves.toBe(false);
  });

  it("generates 12-character default passwords without look-alike characters", () => {
    const password = generateDefaultPassword();
    expect(password).toMatch(/^[a-zA-Z2-9]{12}$/);
  });

  it("refuses short passwords and passwords without letters or digits", () => {
    expect(checkPasswordStrength("abc123")).toBe("auth.passwordTooWeak");
    expect(checkPasswordStrength("abcdefghij")).toBe("auth.passwordTooWeak");
    expect(checkPasswordStrength("1234567890")).toBe("auth.passwordTooWeak");
    expect(checkPasswordStrength("abcd12345")).toBeNull();
  });
});
