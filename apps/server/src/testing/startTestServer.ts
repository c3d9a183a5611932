import { hashPassword } from "@xietong/auth";
import {
  insertDepartment,
  insertMember,
  insertUnit,
  type Member,
  type Unit,
} from "@xietong/db";
import { createTestDatabase, type TestDatabase } from "@xietong/db/testing";
import type { ServerConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../startServer.ts";

/** A real server on a free port against a fresh PostgreSQL database. */
export interface TestServer {
  server: RunningServer;
  database: TestDatabase;
  close(): Promise<void>;
}

/** Starts the API (no collab, no demo unless asked) on port 0 against a new test database. */
export async function startTestServer(
  options: {
    collab?: boolean;
    allowedOrigins?: string[];
    seedDemo?: boolean;
    signInAttemptsPerMinute?: number;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config: ServerConfig = {
    port: 0,
    host: "127.0.0.1",
    databaseUrl: database.url,
    dataDir: "memory://",
    allowedOrigins: options.allowedOrigins ?? [],
    seedDemo: options.seedDemo ?? false,
    webRoot: undefined,
    logLevel: process.env.TEST_LOG_LEVEL ?? "silent",
    // Every test client signs in from 127.0.0.1, so the throttle is off unless a
    // test sets a limit to exercise it.
    signInAttemptsPerMinute: options.signInAttemptsPerMinute ?? 10_000,
  };
  const server = await startServer({
    config,
    logger: createLogger(config.logLevel),
    parts: { api: true, collab: options.collab ?? false },
  });
  return {
    server,
    database,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

let sequence = 0;

/** A unique mainland mobile number for test members. */
export function nextPhone(): string {
  sequence += 1;
  const run = (process.pid % 1000).toString().padStart(3, "0");
  return `15${run}${String(sequence).padStart(6, "0")}`;
}

/** The password every built member starts with. */
export const testPassword = "Passw0rd2026";

let passwordHash: Promise<string> | undefined;

/** A unit with a department tree (办公室 › 秘书科) and members built on demand. */
export interface BuiltUnit {
  unit: Unit;
  office: { id: string };
  secretariat: { id: string };
  member(options?: {
    name?: string;
    role?: "member" | "unit_admin";
    departmentId?: string | null;
    mustChangePassword?: boolean;
    isPlatformAdmin?: boolean;
  }): Promise<Member>;
}

/** Builds a unit straight in the database, for tests that need one quickly. */
export async function buildUnit(
  database: TestDatabase,
  name: string,
): Promise<BuiltUnit> {
  passwordHash ??= hashPassword(testPassword);
  const unit = await insertUnit(database.db, { name });
  const office = await insertDepartment(database.db, {
    unitId: unit.id,
    parentId: null,
    name: "办公室",
  });
  const secretariat = await insertDepartment(database.db, {
    unitId: unit.id,
    parentId: office.id,
    name: "秘书科",
  });
  return {
    unit,
    office,
    secretariat,
    member: async (options = {}) =>
      insertMember(database.db, {
        unitId: unit.id,
        departmentId:
          options.departmentId === undefined ? secretariat.id : options.departmentId,
        phone: nextPhone(),
        name: options.name ?? "测试成员",
        passwordHash: await (passwordHash as Promise<string>),
        role: options.role ?? "member",
        mustChangePassword: options.mustChangePassword ?? false,
        isPlatformAdmin: options.isPlatformAdmin ?? false,
      }),
  };
}
