/**
 * Cursor and avatar colours: twelve hues far apart (CIE76 ΔE ≥ 20 between any two),
 * each with at least 3:1 contrast on white (WCAG 2.1 non-text contrast), and none
 * the red or green an editor uses for deletions and insertions.
 */
const palette = [
  "#1565c0",
  "#d35400",
  "#6a1b9a",
  "#00838f",
  "#c2185b",
  "#795548",
  "#8d7b00",
  "#283593",
  "#78909c",
  "#039be5",
  "#b042c8",
  "#f06292",
] as const;

function preferredIndex(memberId: string): number {
  // FNV-1a: stable across processes and releases, unlike any runtime hash.
  let hash = 0x811c9dc5;
  for (let index = 0; index < memberId.length; index += 1) {
    hash ^= memberId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % palette.length;
}

/**
 * The colour of a member's cursor and avatar. Without `taken` it is the member's
 * preferred colour, derived from the member id, which the web app shows on the local
 * avatar. The collab server passes the colours other members in the same document
 * already have: the preferred colour is then kept if free, otherwise the next free
 * one of the palette follows it; when all are taken the preferred one is shared.
 */
export function memberColor(
  memberId: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  const start = preferredIndex(memberId);

  for (let step = 0; step < palette.length; step += 1) {
    const color = palette[(start + step) % palette.length];
    if (color && !taken.has(color)) return color;
  }

  return palette[start] ?? palette[0];
}
