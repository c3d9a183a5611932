import { sweepExpired } from "@xietong/auth";
import type { Database } from "@xietong/db";
import type { Kysely } from "kysely";
import type { Logger } from "./logger.ts";

const sweepIntervalMs = 10 * 60_000;

/**
 * Sweeps expired sessions, collab tokens and old sign-in failures every ten minutes.
 * Returns a function that stops it. A failed sweep is logged and tried again next time:
 * validation refuses expired rows anyway, so nothing depends on a sweep succeeding.
 */
export function scheduleAuthSweep(db: Kysely<Database>, logger: Logger): () => void {
  const timer = setInterval(() => {
    sweepExpired(db).then(
      (swept) => logger.debug(swept, "expired auth rows swept"),
      (error: unknown) =>
        logger.warn({ err: error }, "sweeping expired auth rows failed"),
    );
  }, sweepIntervalMs);
  // The sweep alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
