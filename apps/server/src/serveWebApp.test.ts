import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpServer } from "./createHttpServer.ts";

// Through real HTTP: the server must survive its web app folder being rebuilt,
// emptied or renamed while it runs (a crash fails the run as an unhandled error).

let webRoot: string;
let server: Server;
let baseUrl: string;

async function build(files: Record<string, string>): Promise<void> {
  await mkdir(join(webRoot, "assets"), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(webRoot, name), text);
  }
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    cache: response.headers.get("cache-control"),
    etag: response.headers.get("etag"),
    text: await response.text(),
  };
}

beforeEach(async () => {
  webRoot = join(await mkdtemp(join(tmpdir(), "xt-web-")), "dist");
  await build({
    "index.html": "<p>第一版</p>",
    "assets/index-aaaa.js": "console.log(1)",
  });
  server = createHttpServer({ webRoot });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  await rm(join(webRoot, ".."), { recursive: true, force: true });
});

describe("createHttpServer serving the web app", () => {
  it("serves index.html at / and for client routes, and hashed assets immutable", async () => {
    const index = await get("/");
    expect(index).toMatchObject({
      status: 200,
      text: "<p>第一版</p>",
      cache: "no-cache",
    });
    expect(index.type).toContain("text/html");
    expect((await get("/documents/abc")).text).toBe("<p>第一版</p>");

    const asset = await get("/assets/index-aaaa.js");
    expect(asset).toMatchObject({ status: 200, text: "console.log(1)" });
    expect(asset.type).toContain("text/javascript");
    expect(asset.cache).toContain("immutable");

    expect((await get("/assets/missing.js")).status).toBe(404);
    expect((await get("/", { "if-none-match": index.etag ?? "" })).status).toBe(304);
  });

  it("answers 404 and stays up when the dist files are deleted", async () => {
    await get("/");
    await rm(join(webRoot, "index.html"));
    await rm(join(webRoot, "assets"), { recursive: true });

    expect((await get("/")).status).toBe(404);
    expect((await get("/documents/abc")).status).toBe(404);
    expect((await get("/assets/index-aaaa.js")).status).toBe(404);
    expect((await get("/healthz")).text).toBe("ok");
  });

  it("picks up a rebuilt dist folder without a restart", async () => {
    await rename(webRoot, `${webRoot}-old`);
    expect((await get("/")).status).toBe(404);

    await build({
      "index.html": "<p>第二版</p>",
      "assets/index-bbbb.js": "console.log(2)",
    });
    expect((await get("/")).text).toBe("<p>第二版</p>");
    expect((await get("/settings")).text).toBe("<p>第二版</p>");
    expect((await get("/assets/index-bbbb.js")).text).toBe("console.log(2)");
    expect((await get("/assets/index-aaaa.js")).status).toBe(404);
  });

  it("never serves a file outside the folder", async () => {
    await writeFile(join(webRoot, "..", "secret.txt"), "机密");

    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
    ]) {
      const response = await get(path);
      expect(response.text).not.toBe("机密");
    }
    expect((await get("/%E0%A4%A")).status).toBe(404);
  });
});
