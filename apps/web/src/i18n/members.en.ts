import type { membersZhCN } from "./members.zh-CN.ts";
import type { Translation } from "./types.ts";

/** English messages of the member list and member dialogs. */
export const membersEn: Translation<typeof membersZhCN> = {
  "members.list": "Members",
  "members.new": "New member",
  "members.name": "Name",
  "members.phone": "Mobile number",
  "members.department": "Department",
  "members.role": "Role",
  "members.role.member": "Member",
  "members.role.unit_admin": "Unit admin",
  "members.status": "Status",
  "members.status.active": "Active",
  "members.status.disabled": "Disabled",
  "members.locked": "Locked",
  "members.mustChangePassword": "Must change password",
  "members.editTitle": "Edit member",
  "members.disable": "Disable",
  "members.enable": "Enable",
  "members.unlock": "Unlock",
  "members.resetPassword": "Reset password",
  "members.resetPasswordTitle": "Reset password",
  "members.resetPasswordBody":
    "A new initial password will be made for “{name}” and all their sign-ins end. Continue?",
  "members.editNamed": "Edit {name}",
  "members.disableNamed": "Disable {name}",
  "members.enableNamed": "Enable {name}",
  "members.unlockNamed": "Unlock {name}",
  "members.resetPasswordNamed": "Reset the password of {name}",
  "members.defaultPasswordTitle": "Initial password",
  "members.defaultPasswordBody":
    "Give this initial password to “{name}”. It is shown only once and must be changed at first sign-in.",
  "members.defaultPassword": "Initial password",
  "members.copy": "Copy",
  "members.copied": "Copied",
  "members.empty": "No members yet.",
};
