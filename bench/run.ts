import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadEditingTrace } from "@xietong/collab-server/testing";
import { startBareServer } from "./src/benchServer.ts";
import { measureColdLoad } from "./src/measureColdLoad.ts";
import { type LatencyResult, measureLatency } from "./src/measureLatency.ts";
import { replayTrace } from "./src/replayTrace.ts";
import { keepDeadRows, measureStorage, type StorageSize } from "./src/storageCost.ts";
import { startXietongServer } from "./src/xietongServer.ts";

// `npm run bench`: every figure of our collab server next to a reference measured in
// the same run on the same machine, written to bench/results/<date>.json and printed
// as a table. `--quick` replays a prefix and types less, to check the bench itself.

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false } },
});
const quick = values.quick ?? false;

interface Row {
  figure: string;
  ours: number;
  reference: number;
  unit: string;
  /** Our figure's allowed maximum, derived from the reference. */
  limit: number;
  target: string;
}

const traceName = "automerge-paper";
const trace = await loadEditingTrace(traceName);
const edits = quick ? 20_000 : trace.txns.length;
const latencyRuns = [
  { clients: 10, editsPerClient: quick ? 20 : 60, intervalMs: 100 },
  { clients: 50, editsPerClient: quick ? 10 : 30, intervalMs: 250 },
];

log(`trace automerge-paper: replaying ${edits} of ${trace.txns.length} edits`);
const bare = await startBareServer({ flushDelay: 0 });
const bareUnbatched = await startBareServer({ flushDelay: false });
const ours = await startXietongServer();
const rows: Row[] = [];
const details: Record<string, unknown> = {};

try {
  await keepDeadRows(ours.databaseUrl);
  const storageBefore = await measureStorage(ours.databaseUrl);

  log("replay through the bare reference");
  const bareReplay = await replayTrace(bare, trace, { name: traceName, edits });
  log("replay through the bare reference without broadcast batching");
  const unbatchedReplay = await replayTrace(bareUnbatched, trace, {
    name: traceName,
    edits,
  });
  log("replay through our collab server");
  const ourReplay = await replayTrace(ours, trace, { name: traceName, edits });
  if (!bareReplay.matches || !unbatchedReplay.matches || !ourReplay.matches) {
    throw new Error("A replay did not reproduce the trace's text");
  }
  for (const reference of [bareReplay, unbatchedReplay]) {
    rows.push({
      figure: `trace replay vs ${reference.server.replace("bare Hocuspocus 4.7 ", "bare ")}`,
      ours: ourReplay.wallMs,
      reference: reference.wallMs,
      unit: "ms",
      limit: reference.wallMs * 1.25,
      target: "≤ 1.25×",
    });
  }
  const withoutText = ({ text: _text, ...rest }: typeof ourReplay) => rest;
  details.replay = {
    ours: withoutText(ourReplay),
    references: [withoutText(bareReplay), withoutText(unbatchedReplay)],
  };

  log("waiting for the journal to settle");
  const storageAfter = await settledStorage(ours.databaseUrl);
  const written = storageAfter.relationBytes - storageBefore.relationBytes;
  rows.push({
    figure: "bytes written to PostgreSQL per update byte",
    ours: written / ourReplay.updateBytes,
    reference: 1,
    unit: "×",
    limit: 2,
    target: "≤ 2×",
  });
  details.storage = {
    method:
      "growth of pg_total_relation_size(document_updates, document_snapshots) with autovacuum off for both, so dead rows keep their pages; divided by the bytes of Yjs updates the writer sent",
    before: storageBefore,
    after: storageAfter,
    updateBytes: ourReplay.updateBytes,
    updates: ourReplay.updates,
  };

  log("cold load");
  const expectedText = ourReplay.text;
  const coldLoad = await measureColdLoad(ours, {
    documentName: ourReplay.documentName,
    expectedText,
  });
  if (!coldLoad.matches) {
    throw new Error("The document loaded from PostgreSQL differs from the trace's text");
  }
  rows.push({
    figure: "cold load from PostgreSQL",
    ours: coldLoad.fromPostgresMs,
    reference: coldLoad.applyUpdateMs,
    unit: "ms",
    limit: coldLoad.applyUpdateMs * 2 + 20,
    target: "≤ 2× + 20 ms",
  });
  details.coldLoad = coldLoad;

  const latency: Array<{ ours: LatencyResult; reference: LatencyResult }> = [];
  for (const run of latencyRuns) {
    const options = { ...run, processes: 2 };
    log(`typing latency, ${run.clients} clients`);
    const reference = await measureLatency(bare, options);
    const measured = await measureLatency(ours, options);
    latency.push({ ours: measured, reference });
    for (const key of ["p50Ms", "p99Ms"] as const) {
      rows.push({
        figure: `typing latency ${key.slice(0, 3)}, ${run.clients} clients`,
        ours: measured[key],
        reference: reference[key],
        unit: "ms",
        limit: key === "p99Ms" ? reference[key] * 1.5 : Number.POSITIVE_INFINITY,
        target: key === "p99Ms" ? "≤ 1.5×" : "",
      });
    }
  }
  details.latency = latency;
} finally {
  await bare.stop();
  await bareUnbatched.stop();
  await ours.stop();
}

const date = new Date().toISOString().slice(0, 10);
// A quick run only checks the bench itself; its figures stay out of the repository.
const resultsDir = quick ? tmpdir() : resolve(import.meta.dirname, "results");
mkdirSync(resultsDir, { recursive: true });
const file = resolve(
  resultsDir,
  quick ? `xietong-bench-${date}-quick.json` : `${date}.json`,
);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      quick,
      node: process.version,
      machine: { cpus: (await import("node:os")).cpus().length },
      rows: rows.map((row) => ({ ...row, pass: row.ours <= row.limit })),
      details,
    },
    null,
    2,
  )}\n`,
);
printTable(rows);
log(`results written to ${file}`);

async function settledStorage(databaseUrl: string): Promise<StorageSize> {
  let last = await measureStorage(databaseUrl);
  for (let round = 0; round < 30; round += 1) {
    await new Promise((done) => setTimeout(done, 2_000));
    const now = await measureStorage(databaseUrl);
    if (
      now.relationBytes === last.relationBytes &&
      now.journalRows === last.journalRows
    ) {
      return now;
    }
    last = now;
  }
  return last;
}

function printTable(table: Row[]): void {
  const lines = table.map((row) => {
    const ratio = row.reference > 0 ? row.ours / row.reference : Number.NaN;
    const verdict = row.target === "" ? "" : row.ours <= row.limit ? "pass" : "FAIL";
    return [
      row.figure.padEnd(46),
      `${format(row.ours)} ${row.unit}`.padStart(14),
      `${format(row.reference)} ${row.unit}`.padStart(14),
      `${format(ratio)}×`.padStart(8),
      row.target.padEnd(14),
      verdict,
    ].join("  ");
  });
  const header = [
    "figure".padEnd(46),
    "ours".padStart(14),
    "reference".padStart(14),
    "ratio".padStart(8),
    "target".padEnd(14),
    "",
  ].join("  ");
  process.stdout.write(`\n${header}\n${lines.join("\n")}\n\n`);
}

function format(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function log(message: string): void {
  process.stdout.write(`bench: ${message}\n`);
}
