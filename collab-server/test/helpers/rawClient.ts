import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";

// Hocuspocus wire constants (MessageType and AuthMessageType of @hocuspocus/common).
const messageSync = 0;
const messageAuth = 2;
const messageClose = 7;
const authToken = 0;
const authPermissionDenied = 1;
const authAuthenticated = 2;
const syncUpdate = 2;

/** What a raw client heard from the server for its document. */
export type RawEvent =
  | { kind: "authenticated"; scope: string }
  | { kind: "denied"; reason: string }
  | { kind: "closed"; reason: string }
  | { kind: "socketClosed"; code: number }
  | { kind: "other"; type: number };

/**
 * A websocket client that speaks the Hocuspocus protocol by hand, so tests can send
 * frames no provider would: garbage, truncated and poisoned updates.
 */
export interface RawClient {
  socket: WebSocket;
  events: RawEvent[];
  authenticate(token: string): Promise<RawEvent>;
  sendUpdate(update: Uint8Array): void;
  sendBytes(bytes: Uint8Array): void;
  waitFor(kind: RawEvent["kind"], timeoutMs?: number): Promise<RawEvent>;
  /** Resolves once the server closed this document connection or the whole socket. */
  waitForEnd(timeoutMs?: number): Promise<RawEvent>;
  close(): void;
}

/** Opens a raw websocket to the collab server with the given Origin. */
export async function openRawClient(options: {
  url: string;
  origin: string;
  documentName: string;
}): Promise<RawClient> {
  const socket = new WebSocket(options.url, { headers: { Origin: options.origin } });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });

  const events: RawEvent[] = [];
  socket.on("message", (data: Buffer) => events.push(decodeEvent(data)));
  socket.on("close", (code) => events.push({ kind: "socketClosed", code }));

  const frame = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, options.documentName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };

  const waitFor = (kind: RawEvent["kind"], timeoutMs = 5_000) =>
    waitForAny([kind], timeoutMs);
  const waitForAny = async (kinds: RawEvent["kind"][], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = events.find((event) => kinds.includes(event.kind));
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`No "${kinds.join('" or "')}" within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  return {
    socket,
    events,
    authenticate: async (token) => {
      socket.send(
        frame((encoder) => {
          encoding.writeVarUint(encoder, messageAuth);
          encoding.writeVarUint(encoder, authToken);
          encoding.writeVarString(encoder, token);
        }),
      );
      const deadline = Date.now() + 5_000;
      for (;;) {
        const answer = events.find(
          (event) => event.kind === "authenticated" || event.kind === "denied",
        );
        if (answer) return answer;
        if (Date.now() > deadline) throw new Error("No answer to authentication");
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    sendUpdate: (update) =>
      socket.send(
        frame((encoder) => {
          encoding.writeVarUint(encoder, messageSync);
          encoding.writeVarUint(encoder, syncUpdate);
          encoding.writeVarUint8Array(encoder, update);
        }),
      ),
    sendBytes: (bytes) => socket.send(bytes),
    waitFor,
    waitForEnd: (timeoutMs = 5_000) => waitForAny(["closed", "socketClosed"], timeoutMs),
    close: () => socket.close(),
  };
}

function decodeEvent(data: Buffer): RawEvent {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);

  if (type === messageClose) {
    return { kind: "closed", reason: decoding.readVarString(decoder) };
  }
  if (type === messageAuth) {
    const authType = decoding.readVarUint(decoder);
    const text = decoding.readVarString(decoder);
    if (authType === authAuthenticated) return { kind: "authenticated", scope: text };
    if (authType === authPermissionDenied) return { kind: "denied", reason: text };
  }
  return { kind: "other", type };
}
