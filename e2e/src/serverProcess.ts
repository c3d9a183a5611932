import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { resolve } from "node:path";

/** The repository root, where `apps/server/src/main.ts` lives. */
export const repoRoot = resolve(import.meta.dirname, "../..");

export interface ServerProcessOptions {
  port: number;
  databaseUrl: string;
  /** Where the server's stdout and stderr go, appended across restarts. */
  logPath: string;
  /** The built web app the server serves. */
  webRoot: string;
  /** How long to wait for `/healthz` after a start. */
  startTimeoutMs?: number;
}

/** The real Xietong server as a child process, which tests can stop and start again. */
export interface ServerProcess {
  readonly url: string;
  /** Everything the first start printed on stdout (the demo accounts are in it). */
  readonly firstOutput: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `node apps/server/src/main.ts` on the given port and waits until it is healthy. */
export async function startServerProcess(
  options: ServerProcessOptions,
): Promise<ServerProcess> {
  const url = `http://localhost:${options.port}`;
  const log = createWriteStream(options.logPath, { flags: "a" });
  let child: ChildProcess | undefined;
  let firstOutput = "";
  let first = true;

  async function start(): Promise<void> {
    const started = spawnServer(options, log);
    child = started;
    if (first) {
      started.stdout?.on("data", (chunk: Buffer) => {
        firstOutput += chunk.toString("utf8");
      });
      first = false;
    }
    await waitForHealth(url, started, options.startTimeoutMs ?? 60_000);
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;

    const exited = new Promise<void>((done) => running.once("exit", () => done()));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }

  await start();

  return {
    url,
    get firstOutput() {
      return firstOutput;
    },
    restart: async () => {
      await stop();
      await start();
    },
    stop: async () => {
      await stop();
      await new Promise<void>((done) => log.end(() => done()));
    },
  };
}

function spawnServer(options: ServerProcessOptions, log: WriteStream): ChildProcess {
  // process.execPath is the Node 24 that `npm run` put first on PATH.
  const child = spawn(process.execPath, ["apps/server/src/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      XIETONG_DEMO: "1",
      WEB_ROOT: options.webRoot,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  return child;
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `Server at "${url}" exited with code ${child.exitCode} while starting`,
      );
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`Server at "${url}" did not answer /healthz within ${timeoutMs} ms`);
}
