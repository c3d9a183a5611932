import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { Duplex } from "node:stream";
import { createWebAppHandler } from "./serveWebApp.ts";

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServerParts {
  /** Serves `/trpc/*`; absent when this process runs only the collab server. */
  trpc?: RequestHandler | undefined;
  /** Takes websocket upgrades on `/collab`; absent when this process runs only the API. */
  collab?:
    | { handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void }
    | undefined;
  /**
   * The built web app folder, read per request (it may be rebuilt while we run);
   * routes outside the API fall back to its index.html.
   */
  webRoot?: string | undefined;
}

const securityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** One HTTP server for the web app at `/`, tRPC at `/trpc` and the collab websocket at `/collab`. */
export function createHttpServer(parts: HttpServerParts): Server {
  const serveWeb = parts.webRoot ? createWebAppHandler(parts.webRoot) : undefined;

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders))
      res.setHeader(name, value);
    const path = (req.url ?? "/").split("?")[0] ?? "/";

    if (path === "/healthz") {
      res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      return;
    }
    if (path.startsWith("/trpc/") && parts.trpc) {
      void parts.trpc(req, res);
      return;
    }
    if (serveWeb && !path.startsWith("/trpc/") && !path.startsWith("/collab")) {
      serveWeb(req, res).catch(() => {
        // An unreadable file (not a missing one, which is a 404) must not take the
        // server down with it.
        if (res.headersSent) res.destroy();
        else res.writeHead(500).end();
      });
      return;
    }
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  });

  server.on("upgrade", (req, socket, head) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/collab" && parts.collab) {
      parts.collab.handleUpgrade(req, socket, head);
      return;
    }
    socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
  });

  return server;
}
