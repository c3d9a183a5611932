import { test as base } from "@playwright/test";
import type { DemoAccount } from "./demoAccounts.ts";
import { baseUrl, demoAccounts } from "./harness.ts";

/** The demo accounts the scenarios act as. */
export interface Cast {
  /** Members of the demo unit who are not platform admins, in printed order. */
  members: DemoAccount[];
  /** A platform admin, to create a second unit. */
  platformAdmin: DemoAccount;
}

/** Picks the cast from the demo accounts, failing clearly when the seed has too few. */
export function castOf(accounts: DemoAccount[]): Cast {
  const platformAdmin = accounts.find((account) => account.isPlatformAdmin);
  if (!platformAdmin) throw new Error("The demo seed printed no platform admin");

  const unitId = accounts.find((account) => !account.isPlatformAdmin)?.unitId;
  const members = accounts.filter(
    (account) => !account.isPlatformAdmin && account.unitId === unitId,
  );
  if (members.length < 3) {
    throw new Error(`The demo unit has ${members.length} members; the scenarios need 3`);
  }
  return { members, platformAdmin };
}

/** Playwright's test with the server under test as `baseURL` and the demo cast. */
export const test = base.extend<{ cast: Cast }>({
  // The config is read before the global setup starts the server, so the address
  // comes from the environment the setup filled.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  baseURL: async ({}, use) => {
    await use(baseUrl());
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  cast: async ({}, use) => {
    await use(castOf(demoAccounts()));
  },
});

export { expect } from "@playwright/test";
