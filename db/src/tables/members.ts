import type { Kysely } from "kysely";
import type { Database, Member, MemberRole, NewMember } from "../types.ts";

const memberColumns = [
  "id",
  "unitId",
  "departmentId",
  "phone",
  "name",
  "passwordHash",
  "mustChangePassword",
  "role",
  "isPlatformAdmin",
  "status",
  "lockedUntil",
  "createdAt",
] as const;

/** Reads a member by id. */
export function findMember(
  db: Kysely<Database>,
  id: string,
): Promise<Member | undefined> {
  return db
    .selectFrom("members")
    .select(memberColumns)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Reads a member only if it belongs to `unitId`, so ids from a client cannot cross units. */
export function findMemberInUnit(
  db: Kysely<Database>,
  { unitId, id }: { unitId: string; id: string },
): Promise<Member | undefined> {
  return db
    .selectFrom("members")
    .select(memberColumns)
    .where("id", "=", id)
    .where("unitId", "=", unitId)
    .executeTakeFirst();
}

/** Reads a member by phone number; phones are unique across the platform. */
export function findMemberByPhone(
  db: Kysely<Database>,
  phone: string,
): Promise<Member | undefined> {
  return db
    .selectFrom("members")
    .select(memberColumns)
    .where("phone", "=", phone)
    .executeTakeFirst();
}

/** Every member of a unit, by name. */
export function listMembers(db: Kysely<Database>, unitId: string): Promise<Member[]> {
  return db
    .selectFrom("members")
    .select(memberColumns)
    .where("unitId", "=", unitId)
    .orderBy("name")
    .execute();
}

/** Inserts a member and returns it. */
export function insertMember(db: Kysely<Database>, member: NewMember): Promise<Member> {
  return db
    .insertInto("members")
    .values(member)
    .returning(memberColumns)
    .executeTakeFirstOrThrow();
}

/** Changes a member's profile within a unit; returns whether the member existed there. */
export async function updateMemberProfile(
  db: Kysely<Database>,
  change: {
    unitId: string;
    id: string;
    name: string;
    departmentId: string | null;
    role: MemberRole;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("members")
    .set({ name: change.name, departmentId: change.departmentId, role: change.role })
    .where("id", "=", change.id)
    .where("unitId", "=", change.unitId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Enables or disables a member of a unit; returns whether the member existed there. */
export async function setMemberStatus(
  db: Kysely<Database>,
  { unitId, id, status }: { unitId: string; id: string; status: "active" | "disabled" },
): Promise<boolean> {
  const result = await db
    .updateTable("members")
    .set({ status })
    .where("id", "=", id)
    .where("unitId", "=", unitId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Stores a new password hash and whether the member must change it at next sign-in. */
export async function setMemberPassword(
  db: Kysely<Database>,
  {
    id,
    passwordHash,
    mustChangePassword,
  }: {
    id: string;
    passwordHash: string;
    mustChangePassword: boolean;
  },
): Promise<void> {
  await db
    .updateTable("members")
    .set({ passwordHash, mustChangePassword, lockedUntil: null })
    .where("id", "=", id)
    .execute();
}

/** Locks a member's sign-in until a moment (brute-force protection). */
export async function lockMember(
  db: Kysely<Database>,
  { id, until }: { id: string; until: Date },
): Promise<void> {
  await db
    .updateTable("members")
    .set({ lockedUntil: until })
    .where("id", "=", id)
    .execute();
}

/** Lifts a member's sign-in lock at once (a unit admin's 解锁). */
export async function unlockMember(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable("members")
    .set({ lockedUntil: null })
    .where("id", "=", id)
    .execute();
}
