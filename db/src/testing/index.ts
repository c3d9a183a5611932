export {
  createPgliteTestDatabase,
  createTestDatabase,
  type TestDatabase,
} from "./createTestDatabase.ts";
