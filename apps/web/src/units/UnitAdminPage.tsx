/** Placeholder while the page is built. */
export function UnitAdminPage() {
  return <section class="page" />;
}
