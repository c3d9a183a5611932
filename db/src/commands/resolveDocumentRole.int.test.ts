import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDepartment } from "../tables/departments.ts";
import { upsertDocumentShare } from "../tables/documentShares.ts";
import { insertDocument, setDocumentTrashed } from "../tables/documents.ts";
import { insertMember, setMemberStatus } from "../tables/members.ts";
import { insertUnit, setUnitStatus } from "../tables/units.ts";
import {
  createPgliteTestDatabase,
  createTestDatabase,
  type TestDatabase,
} from "../testing/index.ts";
import { resolveDocumentRole } from "./resolveDocumentRole.ts";

let phoneCounter = 0;

function nextPhone(): string {
  phoneCounter += 1;
  return `139${String(phoneCounter).padStart(8, "0")}`;
}

async function buildUnit(database: TestDatabase, name: string) {
  const { db } = database;
  const unit = await insertUnit(db, { name });
  const office = await insertDepartment(db, {
    unitId: unit.id,
    parentId: null,
    name: "办公室",
  });
  const section = await insertDepartment(db, {
    unitId: unit.id,
    parentId: office.id,
    name: "秘书科",
  });
  const member = (name: string, departmentId: string | null) =>
    insertMember(db, {
      unitId: unit.id,
      departmentId,
      phone: nextPhone(),
      name,
      passwordHash: "x",
    });
  return {
    unit,
    office,
    section,
    owner: await member("张伟", office.id),
    clerk: await member("李娜", section.id),
    outsider: await member("王芳", null),
  };
}

describe.each([
  ["PostgreSQL", createTestDatabase],
  ["PGlite", createPgliteTestDatabase],
])("resolveDocumentRole on %s", (_backend, open) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await open();
  });

  afterAll(async () => {
    await database.close();
  });

  it("gives the owner the owner role", async () => {
    const { unit, owner } = await buildUnit(database, `单位甲${_backend}`);
    const document = await insertDocument(database.db, {
      unitId: unit.id,
      ownerId: owner.id,
      title: "通知",
    });

    await expect(
      resolveDocumentRole(database.db, { memberId: owner.id, documentId: document.id }),
    ).resolves.toEqual({
      role: "owner",
      unitId: unit.id,
      documentId: document.id,
      trashed: false,
    });
  });

  it("reaches members through an ancestor department and keeps the strongest share", async () => {
    const { db } = database;
    const { unit, owner, office, clerk, outsider } = await buildUnit(
      database,
      `单位乙${_backend}`,
    );
    const document = await insertDocument(db, {
      unitId: unit.id,
      ownerId: owner.id,
      title: "方案",
    });

    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "department",
      principalId: office.id,
      role: "viewer",
    });
    expect(
      (await resolveDocumentRole(db, { memberId: clerk.id, documentId: document.id }))
        ?.role,
    ).toBe("viewer");
    expect(
      await resolveDocumentRole(db, { memberId: outsider.id, documentId: document.id }),
    ).toBeNull();

    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "member",
      principalId: clerk.id,
      role: "editor",
    });
    expect(
      (await resolveDocumentRole(db, { memberId: clerk.id, documentId: document.id }))
        ?.role,
    ).toBe("editor");
  });

  it("refuses a member of another unit even when a share row names them", async () => {
    const { db } = database;
    const home = await buildUnit(database, `单位丙${_backend}`);
    const other = await buildUnit(database, `单位丁${_backend}`);
    const document = await insertDocument(db, {
      unitId: home.unit.id,
      ownerId: home.owner.id,
      title: "内部",
    });
    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "member",
      principalId: other.clerk.id,
      role: "editor",
    });
    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "department",
      principalId: other.office.id,
      role: "editor",
    });

    expect(
      await resolveDocumentRole(db, {
        memberId: other.clerk.id,
        documentId: document.id,
      }),
    ).toBeNull();
    expect(
      await resolveDocumentRole(db, {
        memberId: other.owner.id,
        documentId: document.id,
      }),
    ).toBeNull();
  });

  it("lets only the owner resolve a trashed document", async () => {
    const { db } = database;
    const { unit, owner, clerk } = await buildUnit(database, `单位戊${_backend}`);
    const document = await insertDocument(db, {
      unitId: unit.id,
      ownerId: owner.id,
      title: "草稿",
    });
    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "member",
      principalId: clerk.id,
      role: "editor",
    });
    await setDocumentTrashed(db, { id: document.id, trashedAt: new Date() });

    expect(
      await resolveDocumentRole(db, { memberId: owner.id, documentId: document.id }),
    ).toMatchObject({ role: "owner", trashed: true });
    expect(
      await resolveDocumentRole(db, { memberId: clerk.id, documentId: document.id }),
    ).toBeNull();
  });

  it("refuses disabled members and members of a disabled unit", async () => {
    const { db } = database;
    const { unit, owner, clerk } = await buildUnit(database, `单位己${_backend}`);
    const document = await insertDocument(db, {
      unitId: unit.id,
      ownerId: owner.id,
      title: "纪要",
    });
    await upsertDocumentShare(db, {
      documentId: document.id,
      principalType: "member",
      principalId: clerk.id,
      role: "editor",
    });

    await setMemberStatus(db, { unitId: unit.id, id: clerk.id, status: "disabled" });
    expect(
      await resolveDocumentRole(db, { memberId: clerk.id, documentId: document.id }),
    ).toBeNull();

    await setUnitStatus(db, unit.id, "disabled");
    expect(
      await resolveDocumentRole(db, { memberId: owner.id, documentId: document.id }),
    ).toBeNull();
  });

  it("returns null for a document that does not exist", async () => {
    const { owner } = await buildUnit(database, `单位庚${_backend}`);
    expect(
      await resolveDocumentRole(database.db, {
        memberId: owner.id,
        documentId: "00000000-0000-4000-8000-000000000000",
      }),
    ).toBeNull();
  });
});
