import type { Migration } from "kysely/migration";
import * as core from "./20261203T1400_core.ts";

/**
 * Every migration, keyed by its timestamped name. Listed statically (not read from the
 * folder) so bundlers and type stripping see the same set; names sort in apply order.
 */
export const migrations: Record<string, Migration> = {
  "20261203T1400_core": core,
};
