import { parseArgs } from "node:util";
import { migrateToLatest, openDatabase } from "@xietong/db";
import {
  createPlatformAdmin,
  PlatformAdminRefusal,
} from "./admin/createPlatformAdmin.ts";
import { readHiddenLine } from "./admin/readHiddenLine.ts";
import { readConfig } from "./config.ts";

// `npm run admin -- create --phone 13900000000 --name 陈建国` creates a platform admin
// in the database the server would use (DATABASE_URL, else the PGlite DATA_DIR).
// The password comes from XIETONG_ADMIN_PASSWORD or a prompt that does not echo.

const usage = `Usage: npm run admin -- create --phone <11-digit mobile> --name <name>
  Password: XIETONG_ADMIN_PASSWORD, or typed at a hidden prompt.
  Database: DATABASE_URL, or the PGlite folder DATA_DIR (default ./data).`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      phone: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals[0] !== "create" || !values.phone || !values.name) {
    process.stderr.write(`${usage}\n`);
    return values.help ? 0 : 2;
  }

  const password = process.env.XIETONG_ADMIN_PASSWORD ?? (await readPasswordTwice());

  const config = readConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
  });
  try {
    await migrateToLatest(database.db);
    const { memberId } = await createPlatformAdmin(database.db, {
      phone: values.phone,
      name: values.name,
      password,
    });
    process.stdout.write(
      `Platform admin created (member ${memberId}) in ${database.location}. Sign in with ${values.phone.trim()}.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof PlatformAdminRefusal) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

async function readPasswordTwice(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new PlatformAdminRefusal(
      "No terminal to type a password: set XIETONG_ADMIN_PASSWORD instead",
    );
  }
  const first = await readHiddenLine("Password: ");
  const second = await readHiddenLine("Repeat password: ");
  if (first !== second) throw new PlatformAdminRefusal("The two passwords differ");
  return first;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof PlatformAdminRefusal) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
