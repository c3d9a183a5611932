import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

// `npm run dev`: the server restarted by `node --watch` on every source change, and
// Vite's dev server with hot reload, which proxies /trpc and /collab to that server.
// Open the address Vite prints (http://localhost:5173).

const repoRoot = resolve(import.meta.dirname, "..");
const children: ChildProcess[] = [];
let stopping = false;

function run(label: string, command: string, args: string[]): void {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ALLOWED_ORIGINS: devOrigins() },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);

  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      process.stdout.write(`[${label}] ${line}\n`);
    });
  }

  // One half alone is not a working dev setup: stop the other and say why.
  child.once("exit", (code, signal) => {
    if (stopping) return;
    process.stderr.write(`[${label}] exited (${signal ?? code}); stopping dev\n`);
    stop(code ?? 1);
  });
}

/** The Vite origin must be allowed on mutations and websocket upgrades, besides any given. */
function devOrigins(): string {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: dev.ts runs outside turbo; nothing is cached.
  const given = process.env.ALLOWED_ORIGINS;
  const vite = "http://localhost:5173";
  return given ? `${given},${vite}` : vite;
}

function stop(code: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}

run("server", process.execPath, [
  "--watch",
  "--watch-preserve-output",
  "apps/server/src/main.ts",
]);
run("web", "npm", ["run", "dev", "-w", "@xietong/web"]);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => stop(0));
}
