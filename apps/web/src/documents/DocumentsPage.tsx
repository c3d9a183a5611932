/** Placeholder while the page is built. */
export function DocumentsPage() {
  return <section class="page" />;
}
