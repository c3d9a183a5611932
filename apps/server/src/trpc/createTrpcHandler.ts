import type { IncomingMessage, ServerResponse } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { createIpThrottle } from "@xietong/auth";
import type { Database, RightsEvents } from "@xietong/db";
import type { Kysely } from "kysely";
import type { Logger } from "../logger.ts";
import { appRouter } from "./appRouter.ts";
import { type CollabHandle, createContext } from "./context.ts";

/** What the tRPC handler needs from the server that mounts it. */
export interface TrpcHandlerOptions {
  db: Kysely<Database>;
  events: RightsEvents;
  logger: Logger;
  /** Origins allowed on mutations besides the request's own host. */
  allowedOrigins: readonly string[];
  /** The collab server in this process, for procedures that act on live documents. */
  collab?: CollabHandle | undefined;
  /** Failed sign-ins per IP address per minute; 30 unless configured. */
  signInFailuresPerMinute?: number;
  /** Proxies in front of the server that append to X-Forwarded-For; none by default. */
  trustedProxyHops?: number;
}

// Imports are the largest requests: 5 MB of .docx grows by a third as base64.
const maxBodySize = 8 * 1024 * 1024;

/** The request handler for `/trpc/*`. */
export function createTrpcHandler(
  options: TrpcHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const scope = {
    db: options.db,
    events: options.events,
    logger: options.logger,
    allowedOrigins: options.allowedOrigins,
    collab: options.collab,
    trustedProxyHops: options.trustedProxyHops ?? 0,
    // 30 failed sign-ins a minute per address: an office behind one NAT mistyping
    // passwords stays under it, guessing does not; correct passwords never count.
    signInThrottle: createIpThrottle({
      limit: options.signInFailuresPerMinute ?? 30,
      windowMs: 60_000,
    }),
  };

  return createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize,
    createContext: ({ req, res }) => createContext(scope, req, res),
    onError: ({ error, path, type }) => {
      if (error.code !== "INTERNAL_SERVER_ERROR") return;
      // The client sees only "internal"; the full error goes to the log.
      options.logger.error({ err: error.cause ?? error, path, type }, "procedure failed");
    },
  });
}
