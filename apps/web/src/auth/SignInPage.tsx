/** Placeholder while the page is built. */
export function SignInPage() {
  return <section class="page" />;
}
