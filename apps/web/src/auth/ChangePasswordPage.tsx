/** Placeholder while the page is built. */
export function ChangePasswordPage() {
  return <section class="page" />;
}
