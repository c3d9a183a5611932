import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPgliteTestDatabase,
  createTestDatabase,
  type TestDatabase,
} from "../testing/index.ts";
import { findDocument, insertDocument, touchDocuments } from "./documents.ts";
import { insertMember } from "./members.ts";
import { insertUnit } from "./units.ts";

describe.each([
  ["PostgreSQL", createTestDatabase],
  ["PGlite", createPgliteTestDatabase],
])("touchDocuments on %s", (_backend, open) => {
  let database: TestDatabase;
  let unitId: string;
  let ownerId: string;

  beforeAll(async () => {
    database = await open();
    const unit = await insertUnit(database.db, { name: "测试单位" });
    const owner = await insertMember(database.db, {
      unitId: unit.id,
      departmentId: null,
      phone: "13900000001",
      name: "张伟",
      passwordHash: "x",
    });
    unitId = unit.id;
    ownerId = owner.id;
  });

  afterAll(async () => {
    await database?.close();
  });

  const newDocument = (title: string) =>
    insertDocument(database.db, { unitId, ownerId, title });

  const updatedAtOf = async (id: string) =>
    (await findDocument(database.db, id))?.updatedAt.getTime();

  it("moves updatedAt of every named document forward, and no other", async () => {
    const [first, second, untouched] = await Promise.all([
      newDocument("一"),
      newDocument("二"),
      newDocument("三"),
    ]);
    const later = new Date(Date.now() + 60_000);

    await touchDocuments(database.db, [first.id, second.id, first.id], later);

    expect(await updatedAtOf(first.id)).toBe(later.getTime());
    expect(await updatedAtOf(second.id)).toBe(later.getTime());
    expect(await updatedAtOf(untouched.id)).toBe(untouched.updatedAt.getTime());
  });

  it("never moves updatedAt backwards", async () => {
    const document = await newDocument("四");
    const later = new Date(Date.now() + 120_000);
    await touchDocuments(database.db, [document.id], later);

    await touchDocuments(database.db, [document.id], new Date(later.getTime() - 30_000));

    expect(await updatedAtOf(document.id)).toBe(later.getTime());
  });

  it("does nothing for an empty list", async () => {
    await expect(touchDocuments(database.db, [])).resolves.toBeUndefined();
  });
});
