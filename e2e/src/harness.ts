import type { DemoAccount } from "./demoAccounts.ts";

/** The environment variables the global setup fills for the test workers. */
export const harnessEnv = {
  baseUrl: "XT_E2E_BASE_URL",
  controlUrl: "XT_E2E_CONTROL_URL",
  databaseUrl: "XT_E2E_DATABASE_URL",
  accounts: "XT_E2E_ACCOUNTS",
} as const;

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`"${name}" is not set: run the tests through playwright test`);
  return value;
}

/** The address of the server under test. */
export function baseUrl(): string {
  return required(harnessEnv.baseUrl);
}

/** The URL of the PostgreSQL database the server under test uses. */
export function serverDatabaseUrl(): string {
  return required(harnessEnv.databaseUrl);
}

/** The demo accounts, as the global setup found them. */
export function demoAccounts(): DemoAccount[] {
  return JSON.parse(required(harnessEnv.accounts)) as DemoAccount[];
}

/** Stops the server process and starts it again on the same port and database. */
export async function restartServer(): Promise<void> {
  const response = await fetch(`${required(harnessEnv.controlUrl)}/restart`, {
    method: "POST",
  });
  if (!response.ok) {
    throw new Error(`Server restart failed: ${response.status} ${await response.text()}`);
  }
}
