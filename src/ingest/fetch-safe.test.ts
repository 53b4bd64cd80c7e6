import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedReason, fetchSafe } from "./fetch-safe.js";

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/article") { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end("<html><body><p>تجددت الاشتباكات</p></body></html>"); }
    else if (path === "/hop") { res.writeHead(302, { location: "/article" }); res.end(); }
    else if (path === "/to-metadata") { res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }); res.end(); }
    else if (path === "/big") { res.writeHead(200, { "content-type": "text/html" }); res.end("x".repeat(5000)); }
    else if (path === "/big-chunked") { res.writeHead(200, { "content-type": "text/html" }); for (let i = 0; i < 10; i++) res.write("y".repeat(1000)); res.end(); }
    else if (path === "/slow") { res.writeHead(200, { "content-type": "text/html" }); res.write("a"); setTimeout(() => res.end("b"), 2000); }
    else if (path === "/binary") { res.writeHead(200, { "content-type": "application/octet-stream" }); res.end(Buffer.alloc(10)); }
    else if (path === "/loop") { res.writeHead(302, { location: "/loop" }); res.end(); }
    else { res.writeHead(404, { "content-type": "text/plain" }); res.end("no"); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("fetchSafe", () => {
  it("fetches from loopback only when allowed", async () => {
    await expect(fetchSafe(`${base}/article`)).rejects.toMatchObject({ code: "FETCH_BLOCKED" });
    const res = await fetchSafe(`${base}/article`, { allowLoopback: true });
    expect(res.body.toString("utf8")).toContain("تجددت الاشتباكات");
    expect(res.contentType).toMatch(/text\/html/);
  });

  it("refuses localhost by name before resolving it", async () => {
    await expect(fetchSafe(`http://localhost:1/`)).rejects.toMatchObject({ code: "FETCH_BLOCKED" });
  });

  it("follows redirects and checks each hop again", async () => {
    const res = await fetchSafe(`${base}/hop`, { allowLoopback: true });
    expect(res.url).toBe(`${base}/article`);
    await expect(fetchSafe(`${base}/to-metadata`, { allowLoopback: true, allowPrivate: true })).rejects.toMatchObject({ code: "FETCH_BLOCKED" });
    await expect(fetchSafe(`${base}/loop`, { allowLoopback: true })).rejects.toMatchObject({ code: "FETCH_FAILED" });
  });

  it("caps the body by declared length and by bytes received", async () => {
    await expect(fetchSafe(`${base}/big`, { allowLoopback: true, maxBytes: 1000 })).rejects.toMatchObject({ code: "INPUT_TOO_LARGE" });
    await expect(fetchSafe(`${base}/big-chunked`, { allowLoopback: true, maxBytes: 3000 })).rejects.toMatchObject({ code: "INPUT_TOO_LARGE" });
  });

  it("gives up after the time limit", async () => {
    await expect(fetchSafe(`${base}/slow`, { allowLoopback: true, timeoutMs: 300 })).rejects.toMatchObject({ code: "FETCH_FAILED" });
  });

  it("refuses unexpected content types, HTTP errors and other schemes", async () => {
    await expect(fetchSafe(`${base}/binary`, { allowLoopback: true })).rejects.toMatchObject({ code: "UNSUPPORTED_CONTENT" });
    await expect(fetchSafe(`${base}/missing`, { allowLoopback: true })).rejects.toMatchObject({ code: "FETCH_FAILED" });
    await expect(fetchSafe("file:///etc/passwd")).rejects.toMatchObject({ code: "FETCH_BLOCKED" });
    await expect(fetchSafe("http://user:pw@example.com/")).rejects.toMatchObject({ code: "FETCH_BLOCKED" });
  });
});

describe("blockedReason", () => {
  it("blocks private, link-local, metadata and mapped addresses", () => {
    for (const ip of ["10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.1.1", "100.64.0.1", "fd00:ec2::254", "fe80::1"]) {
      expect(blockedReason(ip, {})).toMatch(/private/);
    }
    for (const ip of ["169.254.169.254", "0.0.0.0", "::", "224.0.0.1"]) expect(blockedReason(ip, { allowPrivate: true })).toMatch(/metadata or reserved/);
    expect(blockedReason("::ffff:127.0.0.1", {})).toMatch(/loopback/);
    expect(blockedReason("::ffff:7f00:1", {})).toMatch(/loopback/);
    expect(blockedReason("::ffff:169.254.169.254", { allowPrivate: true })).toMatch(/metadata/);
    expect(blockedReason("::1", {})).toMatch(/loopback/);
  });
  it("lets public addresses through", () => {
    expect(blockedReason("8.8.8.8", {})).toBeNull();
    expect(blockedReason("2a00:1450:4001:80b::200e", {})).toBeNull();
    expect(blockedReason("127.0.0.1", { allowLoopback: true })).toBeNull();
  });
});
