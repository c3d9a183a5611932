import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// The server serves `dist/` at `/`; in development Vite serves the app and hands the API
// and the collab websocket to a server started separately on port 3000.
const apiTarget = process.env.XIETONG_API_URL ?? "http://localhost:3000";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [solid()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The Solid JSX transform is most of a build on this 2-core machine; that is expected,
    // not a warning to print on every build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    port: 5173,
    proxy: {
      "/trpc": { target: apiTarget, changeOrigin: false },
      "/collab": { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
});
