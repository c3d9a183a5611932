import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type IpThrottle,
  readSessionCookie,
  type ValidatedSession,
  validateSessionToken,
} from "@xietong/auth";
import type { CollabServer } from "@xietong/collab-server";
import type { Database, RightsEvents } from "@xietong/db";
import type { Kysely } from "kysely";
import type { Logger } from "../logger.ts";
import { clientAddress } from "./clientAddress.ts";

/** The collab server running in this process, when there is one. */
export type CollabHandle = CollabServer;

/** What every procedure sees about the server and the caller. */
export interface TrpcContext {
  db: Kysely<Database>;
  events: RightsEvents;
  logger: Logger;
  allowedOrigins: readonly string[];
  signInThrottle: IpThrottle;
  /** How many proxies in front of us append to X-Forwarded-For; 0 trusts none. */
  trustedProxyHops: number;
  /** Absent when the collab server runs in another process. */
  collab: CollabHandle | undefined;
  req: IncomingMessage;
  res: ServerResponse;
  ip: string;
  /** The caller's live session, or null when signed out. */
  auth: ValidatedSession | null;
}

/** The parts of the context that live as long as the server. */
export type ServerScope = Pick<
  TrpcContext,
  | "db"
  | "events"
  | "logger"
  | "allowedOrigins"
  | "signInThrottle"
  | "trustedProxyHops"
  | "collab"
>;

/** Builds a request's context: who is calling (from the session cookie) and from where. */
export async function createContext(
  scope: ServerScope,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<TrpcContext> {
  const token = readSessionCookie(req.headers.cookie);
  const auth = token ? await validateSessionToken(scope.db, token) : null;
  return {
    ...scope,
    req,
    res,
    ip: clientAddress(req, scope.trustedProxyHops),
    auth,
  };
}
