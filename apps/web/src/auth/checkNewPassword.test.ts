import { describe, expect, it } from "vitest";
import { checkNewPassword } from "./checkNewPassword.ts";

function form(overrides: Partial<Parameters<typeof checkNewPassword>[0]> = {}) {
  return {
    currentPassword: "old-pass-1",
    newPassword: "Xietong2026",
    repeatPassword: "Xietong2026",
    ...overrides,
  };
}

describe("checkNewPassword", () => {
  it("accepts a password of 8 characters with letters and digits", () => {
    expect(checkNewPassword(form())).toEqual({});
  });

  it("refuses a password shorter than 8 characters", () => {
    expect(
      checkNewPassword(form({ newPassword: "abc123", repeatPassword: "abc123" })),
    ).toEqual({
      newPassword: "validation.passwordRule",
    });
  });

  it("refuses a password without digits", () => {
    expect(
      checkNewPassword(form({ newPassword: "abcdefghij", repeatPassword: "abcdefghij" }))
        .newPassword,
    ).toBe("validation.passwordRule");
  });

  it("refuses a password without letters", () => {
    expect(
      checkNewPassword(form({ newPassword: "1234567890", repeatPassword: "1234567890" }))
        .newPassword,
    ).toBe("validation.passwordRule");
  });

  it("refuses letters other than Latin ones as the letter part, as the API does", () => {
    expect(
      checkNewPassword(
        form({ newPassword: "协同办公平台2026", repeatPassword: "协同办公平台2026" }),
      ).newPassword,
    ).toBe("validation.passwordRule");
  });

  it("refuses a password longer than 128 characters", () => {
    const long = `a1${"x".repeat(127)}`;
    expect(
      checkNewPassword(form({ newPassword: long, repeatPassword: long })).newPassword,
    ).toBe("validation.passwordRule");
  });

  it("refuses a new password equal to the current one", () => {
    expect(
      checkNewPassword(form({ newPassword: "old-pass-1", repeatPassword: "old-pass-1" }))
        .newPassword,
    ).toBe("error.auth.samePassword");
  });

  it("reports a repeat that differs", () => {
    expect(checkNewPassword(form({ repeatPassword: "Xietong2025" }))).toEqual({
      repeatPassword: "validation.passwordMismatch",
    });
  });

  it("asks for the current password", () => {
    expect(checkNewPassword(form({ currentPassword: "" })).currentPassword).toBe(
      "validation.required",
    );
  });
});
