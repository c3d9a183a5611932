/** Debian's Chromium; Playwright never downloads a browser of its own here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launch flags for a root, GPU-less machine with a closed network: without the
 * background-networking flags Chromium keeps dialling Google hosts and the refusals
 * slow every page.
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
