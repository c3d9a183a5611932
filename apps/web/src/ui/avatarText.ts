/**
 * The short name an avatar shows, the same in the top bar and the editor: the last two
 * characters of a Chinese name (the given name, as colleagues call each other), the
 * first letter of anything else. Counted by code point, so no character is split.
 */
export function avatarText(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length === 0) return "?";
  if (/^\p{Script=Han}+$/u.test(characters.join(""))) {
    return characters.slice(-2).join("");
  }
  return (characters[0] ?? "?").toUpperCase();
}
