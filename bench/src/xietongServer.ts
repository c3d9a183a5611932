import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  type BenchServer,
  type Child,
  freePort,
  startChild,
  stopChild,
} from "./benchServer.ts";
import { processCpuMs } from "./childCpu.ts";
import { createTrpcCaller, type TrpcCaller } from "./trpcCaller.ts";

/** The maintenance database the bench creates its own database through. */
export function adminUrl(): string {
  return (
    process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
  );
}

/** Our server plus the database it stores into, for the storage measurements. */
export interface XietongBenchServer extends BenchServer {
  databaseUrl: string;
  baseUrl: string;
}

// One account a line in the welcome text: name, 11-digit mobile number, password.
const accountLine = /^\s+(\S+)\s+(1\d{10})\s+(\S+)\s*$/u;

/**
 * Starts the real Xietong server (`apps/server/src/main.ts`) on a new PostgreSQL
 * database with the demo seed, and signs in as the first demo member who may create
 * documents.
 */
export async function startXietongServer(): Promise<XietongBenchServer> {
  const name = `xt_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const start = (): Promise<Child> =>
    startChild({
      script: "apps/server/src/main.ts",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        XIETONG_DEMO: "1",
        LOG_LEVEL: "warn",
      },
      ready: (output) => output.includes("is running at"),
    });

  let child = await start();
  // Give the welcome text a moment to arrive in full.
  await new Promise((done) => setTimeout(done, 300));
  const api = await signInAsCreator(baseUrl, child.output());

  return {
    label: "Xietong collab server",
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    origin: baseUrl,
    confirmsSaves: true,
    baseUrl,
    databaseUrl,
    newDocument: async (title) => {
      const { id } = await api.mutation<{ id: string }>("documents.create", { title });
      return { documentName: `document.${id}` };
    },
    token: async () => (await api.mutation<{ token: string }>("auth.collabToken")).token,
    cpuMs: () => processCpuMs(child.process.pid ?? 0),
    restart: async () => {
      await stopChild(child);
      child = await start();
    },
    stop: async () => {
      await stopChild(child);
      await withAdmin((admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function signInAsCreator(baseUrl: string, welcome: string): Promise<TrpcCaller> {
  const accounts = welcome
    .split("\n")
    .map((line) => accountLine.exec(line))
    .filter((match) => match !== null);
  for (const [, , phone, password] of accounts) {
    const api = createTrpcCaller(baseUrl);
    const { mustChangePassword } = await api.mutation<{ mustChangePassword: boolean }>(
      "auth.signIn",
      { phone, password },
    );
    if (mustChangePassword) continue;
    const me = await api.query<{ member: { isPlatformAdmin: boolean } } | null>(
      "auth.me",
    );
    if (me && !me.member.isPlatformAdmin) return api;
  }
  throw new Error("No demo member without a pending password change to run the bench as");
}

async function withAdmin(work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
