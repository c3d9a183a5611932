import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

/** Where and as whom a bench client connects. */
export interface ServerTarget {
  /** The websocket URL, e.g. `ws://127.0.0.1:4000/collab`. */
  wsUrl: string;
  documentName: string;
  /** The provider token; the bare reference server ignores it. */
  token: string;
}

/** A Node provider connected to one document, with its own socket. */
export interface BenchClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync with the server is complete. */
  synced: Promise<void>;
  /** Resolves once the server has acknowledged every update this client sent. */
  flushed(): Promise<void>;
  close(): void;
}

/** Connects a provider from Node; the Origin header is the server's own, as a browser's would be. */
export function connectClient(target: ServerTarget): BenchClient {
  const origin = target.wsUrl.replace(/^ws/, "http").replace(/\/collab$/, "");
  const headers = { origin: new URL(origin).origin };

  class OriginWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers, perMessageDeflate: false });
    }
  }

  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: target.wsUrl,
    WebSocketPolyfill: OriginWebSocket,
    // Replays keep the socket busy for minutes; the provider's idle check must not fire.
    messageReconnectTimeout: 10 * 60_000,
  });

  let markSynced: () => void = () => {};
  let refuse: (error: Error) => void = () => {};
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    refuse = reject;
  });

  const provider = new HocuspocusProvider({
    name: target.documentName,
    document: doc,
    token: target.token,
    websocketProvider: socket,
    onSynced: ({ state }) => {
      if (state) markSynced();
    },
    onAuthenticationFailed: ({ reason }) => {
      refuse(new Error(`Server refused "${target.documentName}": ${reason}`));
    },
  });
  provider.attach();

  return {
    doc,
    provider,
    synced,
    flushed: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (provider.unsyncedChanges === 0) resolve();
          else setTimeout(check, 5);
        };
        check();
      }),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
