import { type ChildProcess, fork } from "node:child_process";
import { resolve } from "node:path";
import type { BenchServer } from "./benchServer.ts";
import type { WorkerCommand, WorkerReport } from "./latencyWorker.ts";
import { acknowledged, openClient } from "./openClient.ts";
import { traceText } from "./trace.ts";

/** Typing latency of one run: from a client's local edit until another client has it. */
export interface LatencyResult {
  server: string;
  clients: number;
  processes: number;
  edits: number;
  samples: number;
  /** Edit deliveries that never arrived within the run. */
  missing: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuMs: number;
}

/**
 * Runs `clients` typing clients in one document, split over `processes` child
 * processes, each typing a character every `intervalMs`, and measures every
 * (edit, other client) delivery.
 */
export async function measureLatency(
  server: BenchServer,
  options: {
    clients: number;
    processes: number;
    editsPerClient: number;
    intervalMs: number;
  },
): Promise<LatencyResult> {
  const { documentName } = await server.newDocument(`latency ${options.clients}`);

  // One paragraph for everybody to type into, made before anyone types, so the
  // clients do not each create their own.
  const seed = await openClient(server, documentName);
  traceText(seed.doc).insert(0, "start");
  await acknowledged(seed);
  seed.destroy();

  const workers: ChildProcess[] = [];
  for (let index = 0; index < options.processes; index += 1) {
    workers.push(
      fork(resolve(import.meta.dirname, "latencyWorker.ts"), [], {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
  }

  const reports = workers.map((worker) => collectReports(worker));
  let next = 0;
  for (const [index, worker] of workers.entries()) {
    const count =
      Math.floor(options.clients / options.processes) +
      (index < options.clients % options.processes ? 1 : 0);
    const tokens: string[] = [];
    for (let client = 0; client < count; client += 1) tokens.push(await server.token());
    next += count;
    send(worker, {
      type: "start",
      wsUrl: server.wsUrl,
      origin: server.origin,
      documentName,
      tokens,
      editsPerClient: options.editsPerClient,
      intervalMs: options.intervalMs,
    });
  }
  if (next !== options.clients) throw new Error("client split is wrong");

  await Promise.all(reports.map((report) => report.wait("ready")));
  const cpuBefore = server.cpuMs();
  for (const worker of workers) send(worker, { type: "go" });
  const typed = await Promise.all(reports.map((report) => report.wait("typed")));
  const clocks = typed.flatMap((report) =>
    report.type === "typed" ? report.clocks : [],
  );
  for (const worker of workers) send(worker, { type: "collect", clocks });
  const done = await Promise.all(reports.map((report) => report.wait("done")));
  const serverCpuMs = server.cpuMs() - cpuBefore;
  for (const worker of workers) worker.kill();

  const madeAt = new Map<string, number>();
  for (const report of done) {
    if (report.type !== "done") continue;
    for (const [key, at] of report.made) madeAt.set(key, at);
  }
  const latencies: number[] = [];
  for (const report of done) {
    if (report.type !== "done") continue;
    for (const [key, at] of report.received) {
      const made = madeAt.get(key);
      if (made !== undefined) latencies.push(at - made);
    }
  }
  latencies.sort((a, b) => a - b);
  const expected = madeAt.size * (options.clients - 1);

  return {
    server: server.label,
    clients: options.clients,
    processes: options.processes,
    edits: madeAt.size,
    samples: latencies.length,
    missing: Math.max(0, expected - latencies.length),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    serverCpuMs,
  };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function send(worker: ChildProcess, command: WorkerCommand): void {
  worker.send(command);
}

/** Collects a worker's reports from the moment it starts, so none is missed between awaits. */
function collectReports(worker: ChildProcess) {
  const queue: WorkerReport[] = [];
  worker.on("message", (report: WorkerReport) => queue.push(report));
  return {
    async wait(type: WorkerReport["type"]): Promise<WorkerReport> {
      const deadline = Date.now() + 5 * 60_000;
      while (Date.now() < deadline) {
        const index = queue.findIndex((report) => report.type === type);
        if (index >= 0) return queue.splice(index, 1)[0] as WorkerReport;
        if (worker.exitCode !== null) throw new Error("latency worker exited early");
        await new Promise((done) => setTimeout(done, 20));
      }
      throw new Error(`latency worker sent no "${type}" in time`);
    },
  };
}
