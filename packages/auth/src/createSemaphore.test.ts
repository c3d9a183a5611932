import { describe, expect, it } from "vitest";
import { createSemaphore } from "./createSemaphore.ts";

describe("createSemaphore", () => {
  it("never runs more than the limit at once and runs every task", async () => {
    const semaphore = createSemaphore(2);
    let running = 0;
    let peak = 0;
    const task = async (value: number) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return value;
    };

    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((value) => semaphore.run(() => task(value))),
    );

    expect(results).toEqual([1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(2);
    expect(semaphore.pending).toBe(0);
  });

  it("frees the slot when a task throws", async () => {
    const semaphore = createSemaphore(1);
    await expect(
      semaphore.run(() => Promise.reject(new Error("boom"))),
    ).rejects.toThrow();
    await expect(semaphore.run(async () => "next")).resolves.toBe("next");
  });
});
