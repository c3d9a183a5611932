import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { parseCollabServerMessage } from "@xietong/shared";
import WebSocket from "ws";
import * as Y from "yjs";

export interface ClientOptions {
  /** The collab websocket URL, e.g. `ws://127.0.0.1:3000/collab`. */
  url: string;
  documentName: string;
  /** A collab token, or "session" together with `cookie`. */
  token: string;
  /** The Origin header; the server refuses upgrades without an allowed one. */
  origin: string;
  /** A Cookie header to send with the upgrade (for `token: "session"`). */
  cookie?: string;
  document?: Y.Doc;
}

/**
 * A Node collab client: a Hocuspocus provider on its own `ws` socket, with helpers
 * that follow the 已保存 rule of `CollabServerMessage`.
 */
export interface CollabClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /** Stateless messages received, parsed (unknown ones are skipped). */
  messages: ReturnType<typeof parseCollabServerMessage>[];
  /** Resolves once the first sync with the server is done; rejects on refusal. */
  synced(): Promise<void>;
  /**
   * Resolves when every update this client sent is acknowledged and the last of
   * {acknowledgement, `saved`} it received was `saved`: what the editor shows as 已保存.
   */
  saved(timeoutMs?: number): Promise<void>;
  /** Whether the client shows 已保存 right now. */
  isSaved(): boolean;
  destroy(): void;
}

/**
 * Opens a provider the way Hocuspocus 4 wants a shared socket used: the provider is
 * given a `HocuspocusProviderWebsocket` and must be `attach()`ed to it, or it never
 * sends anything. `ws` stands in for the browser WebSocket and carries the Origin
 * and Cookie headers a browser would send.
 */
export function connectClient(options: ClientOptions): CollabClient {
  const headers: Record<string, string> = { Origin: options.origin };
  if (options.cookie) headers.Cookie = options.cookie;

  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: HeaderWebSocket,
    // Tests and benchmarks want refusals to surface, not a retry loop.
    maxAttempts: 1,
  });
  const doc = options.document ?? new Y.Doc();
  const messages: CollabClient["messages"] = [];
  let lastSignal: "ack" | "saved" | null = null;
  let unsynced = 0;
  let refusal: string | null = null;

  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: doc,
    token: options.token,
    onStateless: ({ payload }) => {
      const message = parseCollabServerMessage(payload);
      messages.push(message);
      if (message?.type === "saved") lastSignal = "saved";
    },
    onUnsyncedChanges: ({ number }) => {
      if (number < unsynced) lastSignal = "ack";
      unsynced = number;
    },
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason;
    },
  });
  provider.attach();

  const isSaved = () => !provider.hasUnsyncedChanges && lastSignal === "saved";

  return {
    provider,
    socket,
    doc,
    messages,
    synced: () =>
      waitFor(() => {
        if (refusal) throw new Error(`Collab connection refused: "${refusal}"`);
        return provider.isSynced;
      }, 30_000),
    saved: (timeoutMs = 60_000) => waitFor(isSaved, timeoutMs),
    isSaved,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
