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
  },
  server: {
    port: 5173,
    proxy: {
      "/trpc": { target: apiTarget, changeOrigin: false },
      "/collab": { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
});
