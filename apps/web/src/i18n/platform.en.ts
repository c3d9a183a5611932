import type { platformZhCN } from "./platform.zh-CN.ts";
import type { Translation } from "./types.ts";

/** English messages of the platform admin pages. */
export const platformEn: Translation<typeof platformZhCN> = {
  "platform.title": "Platform admin",
  "platform.units": "Units",
  "platform.newUnit": "New unit",
  "platform.unitName": "Unit name",
  "platform.adminName": "Admin name",
  "platform.adminPhone": "Admin mobile number",
  "platform.firstAdmin": "First unit admin",
  "platform.status": "Status",
  "platform.status.active": "Active",
  "platform.status.disabled": "Disabled",
  "platform.memberCount": "Members",
  "platform.createdAt": "Created",
  "platform.disable": "Disable",
  "platform.enable": "Enable",
  "platform.disableNamed": "Disable {name}",
  "platform.enableNamed": "Enable {name}",
  "platform.adminPasswordTitle": "Initial password of the unit admin",
  "platform.adminPasswordBody":
    "The unit “{name}” was created. Give this initial password to its admin; it is shown only once.",
  "platform.empty": "No units yet.",
};
