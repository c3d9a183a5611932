import { resolve } from "node:path";

/** Everything the server reads from its environment, parsed once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Origins allowed on mutations and websocket upgrades, besides the request's own host. */
  allowedOrigins: string[];
  /** Whether the first start creates the demo unit. */
  seedDemo: boolean;
  /** Where the built web app lives; absent when only the API runs. */
  webRoot: string | undefined;
  logLevel: string;
  /** Failed sign-ins allowed per IP address per minute; correct ones never count. */
  signInFailuresPerMinute: number;
  /** Proxies in front of the server that append to X-Forwarded-For (TRUST_PROXY_HOPS). */
  trustedProxyHops: number;
}

const repoRoot = resolve(import.meta.dirname, "../../..");

/** Reads the server configuration from environment variables. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`PORT "${env.PORT}" is not a port number`);
  }

  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, "data")),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    seedDemo: env.XIETONG_DEMO !== "0",
    webRoot: resolve(env.WEB_ROOT ?? resolve(repoRoot, "apps/web/dist")),
    logLevel: env.LOG_LEVEL ?? "info",
    trustedProxyHops: Math.max(0, Math.trunc(Number(env.TRUST_PROXY_HOPS ?? 0)) || 0),
    // The old name still works, so a deployment that set it keeps its limit.
    signInFailuresPerMinute:
      Number(env.SIGN_IN_FAILURES_PER_MINUTE ?? env.SIGN_IN_ATTEMPTS_PER_MINUTE ?? 30) ||
      30,
  };
}
