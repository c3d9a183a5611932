import { describe, expect, it } from "vitest";
import { memberColor } from "./memberColor.ts";

describe("memberColor", () => {
  it("gives a member the same colour every time", () => {
    const id = "0f8b2c9e-6d1a-4b7e-9c3f-2a5d8e1f4b6c";
    expect(memberColor(id)).toBe(memberColor(id));
    expect(memberColor(id)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("spreads members over several colours", () => {
    const colours = new Set(
      Array.from({ length: 50 }, (_, index) =>
        memberColor(`00000000-0000-4000-8000-${String(index).padStart(12, "0")}`),
      ),
    );
    expect(colours.size).toBeGreaterThan(6);
  });
});

describe("memberColor with taken colours", () => {
  const id = "0f8b2c9e-6d1a-4b7e-9c3f-2a5d8e1f4b6c";

  it("keeps the preferred colour while nobody else has it", () => {
    expect(memberColor(id, new Set(["#000000"]))).toBe(memberColor(id));
  });

  it("gives the next free colour when the preferred one is taken", () => {
    const taken = new Set([memberColor(id)]);
    const color = memberColor(id, taken);

    expect(color).not.toBe(memberColor(id));
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(memberColor(id, new Set([...taken, color]))).not.toBe(color);
  });

  it("shares the preferred colour once every colour is taken", () => {
    const taken = new Set<string>();
    for (let index = 0; index < 12; index += 1) taken.add(memberColor(id, taken));

    expect(taken.size).toBe(12);
    expect(memberColor(id, taken)).toBe(memberColor(id));
  });
});
