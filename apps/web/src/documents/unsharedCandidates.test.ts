import { describe, expect, it } from "vitest";
import { unsharedCandidates } from "./unsharedCandidates.ts";

describe("unsharedCandidates", () => {
  it("leaves out the principals of that kind that already have a share", () => {
    const candidates = [
      { id: "a", label: "张三" },
      { id: "b", label: "李四" },
    ];
    const shares = [
      { principalType: "member" as const, principalId: "a" },
      { principalType: "department" as const, principalId: "b" },
    ];

    expect(unsharedCandidates(candidates, "member", shares)).toEqual([
      { id: "b", label: "李四" },
    ]);
    expect(unsharedCandidates(candidates, "department", shares)).toEqual([
      { id: "a", label: "张三" },
    ]);
  });
});
