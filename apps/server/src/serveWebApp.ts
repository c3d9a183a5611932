import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";

/** Content types of the files Vite emits; anything else goes out as bytes. */
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

// Vite puts a content hash in every name under assets/, so those never change.
const hashedAssetCache = "public, max-age=31536000, immutable";

interface OpenFile {
  handle: FileHandle;
  size: number;
  modified: Date;
}

/**
 * Serves the built web app from `webRoot`, looking every file up when it is asked for,
 * so a rebuilt or deleted dist folder is seen at once and can never crash the process.
 * Paths without a file extension fall back to `index.html` (client-side routes).
 */
export function createWebAppHandler(
  webRoot: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const root = resolve(webRoot);

  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }

    const path = decodePath(req.url ?? "/");
    const target = path === null ? null : resolve(root, `.${path}`);
    if (path === null || target === null || !isInside(root, target)) {
      res.writeHead(404).end();
      return;
    }

    const isRoute = extname(path) === "";
    const file =
      (await openFile(target)) ??
      (isRoute ? await openFile(resolve(root, "index.html")) : null);
    if (!file) {
      res.writeHead(404).end();
      return;
    }

    await sendFile(req, res, file, {
      contentType:
        contentTypes[isRoute ? ".html" : extname(path)] ?? "application/octet-stream",
      cacheControl: path.startsWith("/assets/") ? hashedAssetCache : "no-cache",
    });
  };
}

function decodePath(url: string): string | null {
  const raw = url.split("?")[0] ?? "/";
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + sep);
}

/**
 * Opens a regular file, or null when there is none. The handle pins the file, so a
 * rebuild that deletes it while it is being sent cannot break the response.
 */
async function openFile(path: string): Promise<OpenFile | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }

  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    return null;
  }
  return { handle, size: stats.size, modified: stats.mtime };
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: OpenFile,
  options: { contentType: string; cacheControl: string },
): Promise<void> {
  const etag = `W/"${file.size}-${file.modified.getTime()}"`;
  if (req.headers["if-none-match"] === etag) {
    await file.handle.close();
    res.writeHead(304, { ETag: etag, "Cache-Control": options.cacheControl }).end();
    return;
  }

  res.writeHead(200, {
    "Content-Type": options.contentType,
    "Content-Length": file.size,
    "Last-Modified": file.modified.toUTCString(),
    ETag: etag,
    "Cache-Control": options.cacheControl,
  });
  if (req.method === "HEAD") {
    await file.handle.close();
    res.end();
    return;
  }

  try {
    await pipeline(file.handle.createReadStream(), res);
  } catch {
    // The client went away or the read failed mid-body; the response is already
    // ended or destroyed by pipeline, and there is nobody left to tell.
  }
}
