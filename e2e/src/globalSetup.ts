import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startControlServer } from "./controlServer.ts";
import { describeDemoAccounts, parseDemoAccounts } from "./demoAccounts.ts";
import { createE2eDatabase } from "./e2eDatabase.ts";
import { freePort } from "./freePort.ts";
import { harnessEnv } from "./harness.ts";
import { repoRoot, startServerProcess } from "./serverProcess.ts";

/**
 * Starts the real server against a fresh PostgreSQL database and hands the tests its
 * address, the demo accounts and a restart endpoint through environment variables
 * (Playwright passes the runner's environment to its workers).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(repoRoot, "apps/web/dist/index.html"))) {
    throw new Error(
      'The web app is not built: "apps/web/dist/index.html" is missing (run `npm run build`)',
    );
  }

  const database = await createE2eDatabase();
  const logDir = mkdtempSync(join(tmpdir(), "xietong-e2e-"));
  const logPath = join(logDir, "server.log");
  // A private copy of the web app: a rebuild of apps/web/dist during the run (npm run
  // dev, another build) would otherwise swap the assets under the running server.
  const webRoot = join(logDir, "web");
  cpSync(join(repoRoot, "apps/web/dist"), webRoot, { recursive: true });
  process.stdout.write(`e2e: server log at ${logPath}\n`);

  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    server = await startServerProcess({
      port: await freePort(),
      databaseUrl: database.url,
      logPath,
      webRoot,
    });
    const printed = await waitForAccounts(() => server?.firstOutput ?? "");
    const accounts = await describeDemoAccounts(server.url, printed);
    const control = await startControlServer(server);

    process.env[harnessEnv.baseUrl] = server.url;
    process.env[harnessEnv.controlUrl] = control.url;
    process.env[harnessEnv.databaseUrl] = database.url;
    process.env[harnessEnv.accounts] = JSON.stringify(accounts);

    const running = server;
    return async () => {
      await control.close();
      await running.stop();
      await database.drop();
      // The log stays for a look after the run; the copy of the web app does not.
      rmSync(webRoot, { recursive: true, force: true });
    };
  } catch (error) {
    await server?.stop();
    await database.drop();
    throw error;
  }
}

/** The welcome text follows the first healthy answer by a moment; wait until it settles. */
async function waitForAccounts(
  output: () => string,
): Promise<ReturnType<typeof parseDemoAccounts>> {
  const deadline = Date.now() + 10_000;
  let seen = 0;
  while (Date.now() < deadline) {
    const accounts = parseDemoAccounts(output());
    if (accounts.length > 0 && accounts.length === seen) return accounts;
    seen = accounts.length;
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error("The server's first start printed no demo accounts");
}
