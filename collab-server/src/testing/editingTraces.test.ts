import { describe, expect, it } from "vitest";
import { type EditingTrace, traceTextAfter } from "./editingTraces.ts";

describe("traceTextAfter", () => {
  it("applies patches with splice semantics, transaction by transaction", () => {
    const trace: EditingTrace = {
      startContent: "",
      endContent: "hey world",
      txns: [
        { patches: [[0, 0, "hello"]] },
        { patches: [[5, 0, " world"]] },
        { patches: [[0, 5, "hey"]] },
      ],
    };

    expect(traceTextAfter(trace, 2)).toBe("hello world");
    expect(traceTextAfter(trace, 3)).toBe(trace.endContent);
  });
});
