import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { CollabClient } from "../../src/testing/index.ts";

/**
 * Resolves once the server has handled everything `from` sent so far, as seen by
 * `to`: Hocuspocus handles one connection's messages strictly in order, so when an
 * awareness probe sent last reaches `to`, every earlier message of `from` was already
 * accepted or refused, and anything relayed of it reached `to` before the probe.
 */
export async function passedThrough(from: CollabClient, to: CollabClient): Promise<void> {
  const probe = randomUUID();
  from.provider.setAwarenessField("probe", probe);
  await expect
    .poll(() => to.provider.awareness?.getStates().get(from.doc.clientID)?.probe, {
      timeout: 5_000,
    })
    .toBe(probe);
}
