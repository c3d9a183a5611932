import { type AwarenessUser, memberColor } from "@xietong/shared";

/** One person shown in the avatar list. */
export interface PresentUser extends AwarenessUser {
  /** Whether this is the member using this page. */
  isSelf: boolean;
}

const colorPattern = /^#[0-9a-fA-F]{6}$/;

/** The colour used when a state carries none we can safely put into a style. */
export const fallbackColor = "#6b7280";

/** Returns a colour safe to put into an inline style, or the fallback. */
export function safeColor(value: unknown): string {
  return typeof value === "string" && colorPattern.test(value) ? value : fallbackColor;
}

/**
 * The local member's awareness user, with the colour the server stamps on it for
 * everyone else, so the member's own avatar matches what colleagues see.
 */
export function localUser(member: { id: string; name: string }): AwarenessUser {
  return { id: member.id, name: member.name, color: memberColor(member.id) };
}

function readUser(state: unknown): AwarenessUser | null {
  if (typeof state !== "object" || state === null) return null;

  const user = (state as { user?: unknown }).user;
  if (typeof user !== "object" || user === null) return null;

  const { id, name, color } = user as Record<string, unknown>;
  if (typeof id !== "string" || typeof name !== "string") return null;
  return { id, name, color: safeColor(color) };
}

/**
 * The people in a document from awareness states: one entry a member however many tabs
 * they have open, the local member first, then by name. States without the
 * server-filled `user` are skipped: they are not yet authenticated.
 */
export function presentUsers(
  states: ReadonlyMap<number, unknown>,
  localClientId: number,
): PresentUser[] {
  const byId = new Map<string, PresentUser>();
  const selfId = readUser(states.get(localClientId))?.id;

  for (const state of states.values()) {
    const user = readUser(state);
    if (!user || byId.has(user.id)) continue;
    byId.set(user.id, { ...user, isSelf: user.id === selfId });
  }

  return [...byId.values()].sort((a, b) => {
    if (a.isSelf !== b.isSelf) return a.isSelf ? -1 : 1;
    return a.name.localeCompare(b.name, "zh-CN");
  });
}
