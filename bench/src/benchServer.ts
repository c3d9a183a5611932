import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { processCpuMs } from "./childCpu.ts";

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, "../..");

/** A collab server under measurement, running in a child process. */
export interface BenchServer {
  label: string;
  wsUrl: string;
  /** The origin a browser would send to this server. */
  origin: string;
  /** Whether the server sends `saved` once updates are durable. */
  confirmsSaves: boolean;
  /** A new, empty document to connect to. */
  newDocument(title: string): Promise<{ documentName: string }>;
  /** A fresh provider token for the bench member. */
  token(): Promise<string>;
  /** CPU time the server process has used so far, in ms. */
  cpuMs(): number;
  /** Stops the process and starts it again (nothing cached in memory survives). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A free loopback TCP port. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** A child process started from the repository root, with its stdout collected. */
export interface Child {
  process: ChildProcess;
  output(): string;
}

/** Starts `node <script>` and resolves once `ready(output)` holds. */
export async function startChild(options: {
  script: string;
  env: Record<string, string>;
  ready: (output: string) => boolean;
  timeoutMs?: number;
}): Promise<Child> {
  const child = spawn(process.execPath, [options.script], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let errors = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString("utf8")).slice(-4000);
  });

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!options.ready(output)) {
    if (child.exitCode !== null) {
      throw new Error(`"${options.script}" exited with ${child.exitCode}: ${errors}`);
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`"${options.script}" did not become ready: ${errors}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { process: child, output: () => output };
}

/** Stops a child with SIGTERM, then SIGKILL after 10 s. */
export async function stopChild(child: Child): Promise<void> {
  const running = child.process;
  if (running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise<void>((done) => running.once("exit", () => done()));
  running.kill("SIGTERM");
  const timer = setTimeout(() => running.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts the bare Hocuspocus reference server. */
export async function startBareServer(options: {
  flushDelay: 0 | false;
}): Promise<BenchServer> {
  const port = await freePort();
  const start = () =>
    startChild({
      script: "bench/src/bareServerMain.ts",
      env: { PORT: String(port), FLUSH_DELAY: String(options.flushDelay) },
      ready: (output) => output.includes("ready"),
    });
  let child = await start();
  let documents = 0;

  return {
    label: `bare Hocuspocus 4.7 (flushDelay ${options.flushDelay})`,
    wsUrl: `ws://127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    confirmsSaves: false,
    newDocument: async (title) => {
      documents += 1;
      return { documentName: `bench-${documents}-${title.replace(/\W+/g, "-")}` };
    },
    // The reference has no authentication; the provider still sends a token.
    token: async () => "unused",
    cpuMs: () => processCpuMs(child.process.pid ?? 0),
    restart: async () => {
      await stopChild(child);
      child = await start();
    },
    stop: () => stopChild(child),
  };
}
