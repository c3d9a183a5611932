import { memberColor } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import type { CollabClient } from "../src/testing/index.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";

const test = setupCollabTest();

/** Two members of the test unit whose preferred colours are the same. */
async function collidingMembers() {
  const seen = new Map<string, Awaited<ReturnType<typeof test.member>>>();
  // Twelve colours: a thirteenth member always shares one with an earlier member.
  for (let index = 0; index < 13; index += 1) {
    const member = await test.member(`成员${index}`);
    const earlier = seen.get(memberColor(member.member.id));
    if (earlier) return [earlier, member] as const;
    seen.set(memberColor(member.member.id), member);
  }
  throw new Error("Thirteen members without a shared preferred colour");
}

function stampedColor(viewer: CollabClient, of: CollabClient): unknown {
  return viewer.provider.awareness?.getStates().get(of.doc.clientID)?.user?.color;
}

describe("awareness colours", () => {
  it("gives two members whose preferred colours collide different colours", async () => {
    const [first, second] = await collidingMembers();
    const preferred = memberColor(first.member.id);
    const document = await test.document(first.member.id, [
      { memberId: second.member.id, role: "editor" },
    ]);

    const firstClient = await test.connect(first, document.id);
    await firstClient.synced();
    firstClient.provider.setAwarenessField("cursor", 1);
    const secondClient = await test.connect(second, document.id);
    await secondClient.synced();
    // A client keeps its own state as it set it; the stamp shows to the others.
    await expect.poll(() => stampedColor(secondClient, firstClient)).toBe(preferred);

    secondClient.provider.setAwarenessField("cursor", 2);
    await expect
      .poll(() => stampedColor(firstClient, secondClient))
      .toMatch(/^#[0-9a-f]{6}$/);
    expect(stampedColor(firstClient, secondClient)).not.toBe(preferred);
  });

  it("keeps one colour for a member in two tabs", async () => {
    const [first, second] = await collidingMembers();
    const document = await test.document(first.member.id, [
      { memberId: second.member.id, role: "editor" },
    ]);

    const firstTab = await test.connect(first, document.id);
    const secondClient = await test.connect(second, document.id);
    await Promise.all([firstTab.synced(), secondClient.synced()]);
    firstTab.provider.setAwarenessField("cursor", 1);
    await expect.poll(() => stampedColor(secondClient, firstTab)).toBeTruthy();
    secondClient.provider.setAwarenessField("cursor", 2);
    await expect.poll(() => stampedColor(firstTab, secondClient)).toBeTruthy();

    const otherTab = await test.connect(first, document.id);
    await otherTab.synced();
    otherTab.provider.setAwarenessField("cursor", 3);

    await expect
      .poll(() => stampedColor(secondClient, otherTab))
      .toBe(stampedColor(secondClient, firstTab));
    expect(stampedColor(firstTab, secondClient)).not.toBe(
      stampedColor(secondClient, firstTab),
    );
  });
});
