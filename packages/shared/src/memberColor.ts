/**
 * Cursor colours: distinct, readable on white, and not the red/green an editor uses
 * for deletions and insertions.
 */
const palette = [
  "#1f77b4",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#3f51b5",
  "#00897b",
  "#6d4c41",
  "#5e35b1",
  "#c2185b",
] as const;

/**
 * The stable colour of a member's cursor and avatar, derived from the member id
 * (FNV-1a). The collab server stamps it on awareness; the web app uses it for the
 * local member, so both show the same colour.
 */
export function memberColor(memberId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < memberId.length; index += 1) {
    hash ^= memberId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return palette[(hash >>> 0) % palette.length] ?? palette[0];
}
