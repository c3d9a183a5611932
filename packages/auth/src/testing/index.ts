export {
  type BuiltUnit,
  buildUnit,
  type MemberOptions,
  nextPhone,
  testPassword,
} from "./buildUnit.ts";
