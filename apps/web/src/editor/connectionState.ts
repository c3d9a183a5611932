import { collabCloseReasons } from "@xietong/shared";

/**
 * The connection shown on the page: 连接中 (connecting, or open but not yet
 * authenticated), 已连接 (authenticated), 离线 (socket closed; the provider retries),
 * 无权访问 (refused or closed for lost access; final, the provider stops retrying).
 */
export type ConnectionState = "connecting" | "connected" | "offline" | "forbidden";

/** What the provider and its websocket report, reduced to what the page needs. */
export type ConnectionEvent =
  | { type: "status"; status: "connecting" | "connected" | "disconnected" }
  | { type: "authenticated" }
  | { type: "authenticationFailed" }
  | { type: "closed"; code: number; reason: string };

// A lost right is final; any other close is a network problem worth retrying.
const accessCloses = [collabCloseReasons.forbidden, collabCloseReasons.unauthorized];

/** Close codes that mean "you may not have this document". */
export const accessCloseCodes: ReadonlySet<number> = new Set(
  accessCloses.map((close) => close.code),
);

/**
 * Close reasons with the same meaning. The server closes one document of a shared
 * socket with a Hocuspocus close message, which reaches the provider as code 1000 with
 * the reason only.
 */
export const accessCloseReasons: ReadonlySet<string> = new Set(
  accessCloses.map((close) => close.reason),
);

/** Whether a close means the member lost access, so retrying is pointless. */
export function isAccessClose(event: { code: number; reason: string }): boolean {
  return accessCloseCodes.has(event.code) || accessCloseReasons.has(event.reason);
}

/** Applies one event; `forbidden` is final because retrying cannot restore a right. */
export function reduceConnectionState(
  state: ConnectionState,
  event: ConnectionEvent,
): ConnectionState {
  if (state === "forbidden") return state;

  switch (event.type) {
    case "status":
      if (event.status === "disconnected") return "offline";
      // An open socket is not usable until the server accepted our session.
      return state === "connected" && event.status === "connected" ? state : "connecting";
    case "authenticated":
      return "connected";
    case "authenticationFailed":
      return "forbidden";
    case "closed":
      return isAccessClose(event) ? "forbidden" : "offline";
  }
}
