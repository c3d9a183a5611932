import pino, { type Logger } from "pino";

/**
 * The root logger. Components take a child (`logger.child({ component: "collab" })`)
 * and log constant messages with ids as fields; these paths are redacted wherever
 * they appear, so a token or password that slips into a field never reaches the log.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        "password",
        "*.password",
        "token",
        "*.token",
        "cookie",
        "*.cookie",
        "headers.cookie",
        "req.headers.cookie",
        "authorization",
        "*.authorization",
        "content",
        "*.content",
      ],
      censor: "[redacted]",
    },
  });
}

export type { Logger };
