import type { ValidatedSession } from "@xietong/auth";

/** The caller as `auth.me` returns it: no hash, no timestamps, nothing to leak. */
export function describeMember({ member, unit }: ValidatedSession) {
  return {
    member: {
      id: member.id,
      name: member.name,
      phone: member.phone,
      role: member.role,
      isPlatformAdmin: member.isPlatformAdmin,
      mustChangePassword: member.mustChangePassword,
      departmentId: member.departmentId,
    },
    unit: { id: unit.id, name: unit.name },
  };
}
