import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { bodyText } from "./storedDocument.ts";

/** What a raw websocket client got from the collab server for one document name. */
export interface RawCollabOutcome {
  authenticated: boolean;
  /** The reason the server gave when it refused, if it did. */
  refusedWith: string | undefined;
  /** The scope the server granted ("read-write" or "readonly"), when it accepted. */
  scope: string | undefined;
  /** The body text the client received (plus what it wrote itself, if it wrote). */
  receivedText: string;
}

/**
 * Connects to `/collab` from Node with a session cookie, the way a hand-written client
 * guessing a document name would, and reports what it could get within `waitMs`.
 */
export async function probeCollab(options: {
  baseUrl: string;
  cookie: string;
  documentName: string;
  /** A paragraph to append to the body once synced, sent whatever the granted scope. */
  write?: string;
  waitMs?: number;
}): Promise<RawCollabOutcome> {
  const origin = new URL(options.baseUrl).origin;
  const url = `${origin.replace(/^http/, "ws")}/collab`;

  // The provider constructs its socket with (url, protocols); the cookie and origin a
  // browser would send are added here.
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie: options.cookie, origin } });
    }
  }

  const doc = new Y.Doc();
  let authenticated = false;
  let scope: string | undefined;
  let refusedWith: string | undefined;

  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: CookieWebSocket,
    maxAttempts: 1,
  });
  const provider = new HocuspocusProvider({
    name: options.documentName,
    document: doc,
    token: "session",
    websocketProvider: socket,
    onAuthenticated: (event) => {
      authenticated = true;
      scope = String(event.scope);
    },
    onSynced: () => {
      if (options.write === undefined) return;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(options.write)]);
      const body = doc.getXmlFragment("body");
      body.insert(body.length, [paragraph]);
    },
    onAuthenticationFailed: ({ reason }) => {
      refusedWith = reason;
    },
  });
  provider.attach();

  await new Promise((done) => setTimeout(done, options.waitMs ?? 3_000));

  const receivedText = bodyText(doc.getXmlFragment("body"));
  provider.destroy();
  socket.destroy();
  return { authenticated, scope, refusedWith, receivedText };
}
