import {
  type Database,
  insertDepartment,
  insertMember,
  insertUnit,
  type Member,
  type Unit,
} from "@xietong/db";
import type { Kysely } from "kysely";
import { hashPassword } from "../passwords.ts";

/** The password every built member signs in with unless a test gives another. */
export const testPassword = "Passw0rd2026";

let sequence = 0;

/**
 * A mainland mobile number no other member of this test process has. The process id
 * is part of it so test files running side by side never share one.
 */
export function nextPhone(): string {
  sequence += 1;
  const run = (process.pid % 1000).toString().padStart(3, "0");
  return `15${run}${String(sequence).padStart(6, "0")}`;
}

// argon2 costs ~30 ms a hash; one per distinct password is enough for tests.
const hashes = new Map<string, Promise<string>>();

function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** What a built member may differ in; everything has a plain default. */
export interface MemberOptions {
  name?: string;
  role?: "member" | "unit_admin";
  /** The member's department; the unit's 秘书科 by default, null for none. */
  departmentId?: string | null;
  password?: string;
  mustChangePassword?: boolean;
  isPlatformAdmin?: boolean;
}

/** A unit with a department tree (办公室 › 秘书科) that builds members on demand. */
export interface BuiltUnit {
  unit: Unit;
  office: { id: string };
  secretariat: { id: string };
  /** Inserts an active member with a fresh phone and a real argon2 hash. */
  member(options?: MemberOptions): Promise<Member>;
}

/** Builds a unit straight in the database, for tests that need one quickly. */
export async function buildUnit(
  database: { db: Kysely<Database> },
  name: string,
): Promise<BuiltUnit> {
  const { db } = database;
  const unit = await insertUnit(db, { name });
  const office = await insertDepartment(db, {
    unitId: unit.id,
    parentId: null,
    name: "办公室",
  });
  const secretariat = await insertDepartment(db, {
    unitId: unit.id,
    parentId: office.id,
    name: "秘书科",
  });

  return {
    unit,
    office,
    secretariat,
    member: async (options = {}) =>
      insertMember(db, {
        unitId: unit.id,
        departmentId:
          options.departmentId === undefined ? secretariat.id : options.departmentId,
        phone: nextPhone(),
        name: options.name ?? "测试成员",
        passwordHash: await hashOnce(options.password ?? testPassword),
        role: options.role ?? "member",
        mustChangePassword: options.mustChangePassword ?? false,
        isPlatformAdmin: options.isPlatformAdmin ?? false,
      }),
  };
}
