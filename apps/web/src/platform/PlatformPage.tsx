/** Placeholder while the page is built. */
export function PlatformPage() {
  return <section class="page" />;
}
