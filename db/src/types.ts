import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** A timestamp column: read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A timestamp set by the database default on insert. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** Per-unit security settings, stored as JSON on the unit row. */
export interface UnitSettings {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  lockoutFailures: number;
  lockoutWindowMinutes: number;
  lockoutMinutes: number;
}

export interface UnitTable {
  id: Generated<string>;
  name: string;
  status: Generated<"active" | "disabled">;
  settings: ColumnType<UnitSettings, UnitSettings | string, UnitSettings | string>;
  createdAt: CreatedAt;
}

export interface DepartmentTable {
  id: Generated<string>;
  unitId: string;
  parentId: string | null;
  name: string;
  sortOrder: Generated<number>;
  createdAt: CreatedAt;
}

export type MemberRole = "member" | "unit_admin";

export interface MemberTable {
  id: Generated<string>;
  unitId: string;
  departmentId: string | null;
  phone: string;
  name: string;
  passwordHash: string;
  mustChangePassword: Generated<boolean>;
  role: Generated<MemberRole>;
  isPlatformAdmin: Generated<boolean>;
  status: Generated<"active" | "disabled">;
  lockedUntil: Timestamp | null;
  createdAt: CreatedAt;
}

export interface LoginFailureTable {
  id: Generated<string>;
  memberId: string | null;
  phone: string;
  ip: string;
  at: CreatedAt;
}

export interface SessionTable {
  /** SHA-256 of the session token, hex encoded; the token itself is never stored. */
  id: string;
  memberId: string;
  createdAt: CreatedAt;
  lastSeenAt: Timestamp;
  idleExpiresAt: Timestamp;
  absoluteExpiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface CollabTokenTable {
  /** SHA-256 of the collab token, hex encoded. */
  id: string;
  sessionId: string;
  expiresAt: Timestamp;
}

export type DocumentKind = "document";

export interface DocumentTable {
  id: Generated<string>;
  unitId: string;
  kind: Generated<DocumentKind>;
  ownerId: string;
  title: string;
  schemaVersion: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  trashedAt: Timestamp | null;
}

export type ShareRole = "editor" | "commenter" | "viewer";

export interface DocumentShareTable {
  documentId: string;
  principalType: "member" | "department";
  principalId: string;
  role: ShareRole;
  createdAt: CreatedAt;
}

export interface DocumentUpdateTable {
  /** Global order of the journal; compaction keeps everything after a snapshot's seq. */
  seq: Generated<string>;
  documentId: string;
  update: Uint8Array;
  createdAt: CreatedAt;
}

export interface DocumentSnapshotTable {
  documentId: string;
  state: Uint8Array;
  /** The last journal seq folded into `state`. */
  throughSeq: string;
  updatedAt: Timestamp;
}

export interface DocumentVersionTable {
  id: Generated<string>;
  documentId: string;
  kind: "auto" | "named" | "restore";
  name: string | null;
  state: Uint8Array;
  throughSeq: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

/** Every table of the Xietong database, keyed as Kysely sees them (camelCase). */
export interface Database {
  units: UnitTable;
  departments: DepartmentTable;
  members: MemberTable;
  loginFailures: LoginFailureTable;
  sessions: SessionTable;
  collabTokens: CollabTokenTable;
  documents: DocumentTable;
  documentShares: DocumentShareTable;
  documentUpdates: DocumentUpdateTable;
  documentSnapshots: DocumentSnapshotTable;
  documentVersions: DocumentVersionTable;
}

export type Unit = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type Department = Selectable<DepartmentTable>;
export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberUpdate = Updateable<MemberTable>;
export type Session = Selectable<SessionTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type DocumentShare = Selectable<DocumentShareTable>;
export type DocumentVersion = Selectable<DocumentVersionTable>;
