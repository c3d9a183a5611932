import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { describeError } from "./describeError.ts";

function apiError(data: Record<string, unknown>) {
  return TRPCClientError.from({
    error: { code: -32600, message: "message text the UI must not use", data },
  });
}

describe("describeError", () => {
  it("translates the error id, not the message", () => {
    expect(describeError(apiError({ errorId: "auth.invalidCredentials" }))).toMatchObject(
      {
        errorId: "auth.invalidCredentials",
        key: "error.auth.invalidCredentials",
      },
    );
  });

  it("shows the lock's minutes when the API sends them", () => {
    expect(
      describeError(apiError({ errorId: "auth.locked", lockedMinutes: 7 })),
    ).toMatchObject({
      key: "error.auth.locked",
      params: { minutes: 7 },
    });
    expect(describeError(apiError({ errorId: "auth.locked" })).key).toBe(
      "error.auth.lockedNoTime",
    );
  });

  it("puts zod field errors beside their fields, translating error ids only", () => {
    const problem = describeError(
      apiError({
        errorId: "validation.failed",
        fieldErrors: { phone: ["validation.phone"], title: ["Too big: expected <=200"] },
      }),
    );
    expect(problem.fieldErrors).toEqual({
      phone: "validation.phone",
      title: "validation.invalid",
    });
  });

  it("shows an unknown error id as the generic message", () => {
    expect(describeError(apiError({ errorId: "made.up" }))).toMatchObject({
      errorId: undefined,
      key: "error.generic",
    });
  });

  it("reports a failed fetch as a network problem", () => {
    expect(
      describeError(TRPCClientError.from(new TypeError("Failed to fetch"))).key,
    ).toBe("error.network");
  });

  it("shows anything else as the generic message", () => {
    expect(describeError(new Error("boom")).key).toBe("error.generic");
  });
});
