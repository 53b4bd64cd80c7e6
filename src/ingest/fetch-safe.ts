// Fetching a URL someone else named (a feed, an article link, a POSTed URL) without letting it reach the
// machine's own network: private, loopback, link-local, carrier-grade NAT and cloud metadata addresses
// are refused. The host name is resolved and checked BEFORE connecting, and the connection goes to the
// checked address (no second lookup an attacker's DNS could answer differently). Every redirect is
// checked again; the body is capped in bytes and the whole fetch in time; only expected content types pass.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { RasdError } from "../core/errors.js";

export type FetchSafeOptions = {
  /** allow 127.0.0.0/8 and ::1 (tests, a feed on this machine) */
  allowLoopback?: boolean;
  /** allow private and link-local ranges too (an intranet feed) */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** accepted media types (without parameters); default: HTML, XML feeds, plain text, JSON */
  accept?: string[];
  userAgent?: string;
  /** extra request headers (If-None-Match, If-Modified-Since for polling) */
  headers?: Record<string, string>;
};

export type FetchResult = {
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
};

export const DEFAULT_ACCEPT = [
  "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
  "application/rdf+xml", "text/plain", "application/json", "application/x-ndjson",
];

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

const PRIVATE = new BlockList();
for (const [net, bits] of [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], ["169.254.0.0", 16], ["100.64.0.0", 10]] as const) {
  PRIVATE.addSubnet(net, bits, "ipv4");
}
PRIVATE.addSubnet("fc00::", 7, "ipv6"); // unique local (includes AWS fd00:ec2::254)
PRIVATE.addSubnet("fe80::", 10, "ipv6"); // link-local

// Never reachable, whatever is allowed: unspecified, "this network", benchmarking, multicast, reserved,
// broadcast, and the IPv4 metadata address even when private ranges are allowed.
const NEVER = new BlockList();
for (const [net, bits] of [["0.0.0.0", 8], ["192.0.0.0", 24], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) {
  NEVER.addSubnet(net, bits, "ipv4");
}
NEVER.addAddress("169.254.169.254", "ipv4");
NEVER.addAddress("169.254.170.2", "ipv4");
NEVER.addAddress("100.100.100.200", "ipv4");
NEVER.addAddress("::", "ipv6");
NEVER.addSubnet("ff00::", 8, "ipv6");

/**
 * Why an address may not be fetched, or null when it may.
 * @example blockedReason("169.254.169.254", {}) === "metadata or reserved address"
 */
export function blockedReason(address: string, opts: Pick<FetchSafeOptions, "allowLoopback" | "allowPrivate">): string | null {
  let ip = address;
  let family = isIP(ip);
  if (family === 0) return "not an IP address";
  // IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address inside them
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) { ip = mapped[1]; family = 4; }
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (hexMapped) {
    const hi = parseInt(hexMapped[1], 16);
    const lo = parseInt(hexMapped[2], 16);
    ip = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
    family = 4;
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  if (NEVER.check(ip, type)) return "metadata or reserved address";
  if (LOOPBACK.check(ip, type)) return opts.allowLoopback || opts.allowPrivate ? null : "loopback address";
  if (PRIVATE.check(ip, type)) return opts.allowPrivate ? null : "private or link-local address";
  return null;
}

function checkedLookup(opts: FetchSafeOptions): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = addresses as unknown as LookupAddress[];
      for (const a of list) {
        const why = blockedReason(a.address, opts);
        if (why) return callback(new RasdError("FETCH_BLOCKED", `${hostname} resolves to ${a.address} (${why})`), "", 4);
      }
      if (!list.length) return callback(new Error(`no address for ${hostname}`), "", 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Fetches a URL under the rules above. Errors: FETCH_BLOCKED, FETCH_FAILED, INPUT_TOO_LARGE, UNSUPPORTED_CONTENT. */
export async function fetchSafe(url: string, opts: FetchSafeOptions = {}): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const res = await fetchOnce(current, opts, deadline);
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const loc = res.headers.location;
      if (typeof loc !== "string" || !loc) throw new RasdError("FETCH_FAILED", `${current}: redirect without a location`);
      current = new URL(loc, current).toString();
      continue;
    }
    if (res.status === 304) return res;
    if (res.status < 200 || res.status >= 300) throw new RasdError("FETCH_FAILED", `${current}: HTTP ${res.status}`);
    const accept = opts.accept ?? DEFAULT_ACCEPT;
    const type = res.contentType.split(";")[0].trim().toLowerCase();
    if (!accept.includes(type)) throw new RasdError("UNSUPPORTED_CONTENT", `${current}: ${type || "no content type"}`);
    return res;
  }
  throw new RasdError("FETCH_FAILED", `${url}: more than ${maxRedirects} redirects`);
}

function fetchOnce(url: string, opts: FetchSafeOptions, deadline: number): Promise<FetchResult> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RasdError("BAD_INPUT", `not a URL: ${url}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new RasdError("FETCH_BLOCKED", `${u.protocol} URLs are not fetched`);
  if (u.username || u.password) throw new RasdError("FETCH_BLOCKED", "URLs with credentials are not fetched");
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const why = blockedReason(host, opts);
    if (why) throw new RasdError("FETCH_BLOCKED", `${host} (${why})`);
  } else if (/^localhost$|\.localhost$/i.test(host) && !opts.allowLoopback && !opts.allowPrivate) {
    throw new RasdError("FETCH_BLOCKED", `${host} (loopback address)`);
  }
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw new RasdError("FETCH_FAILED", `${url}: timed out`);
  const mod = u.protocol === "https:" ? https : http;
  return new Promise<FetchResult>((resolve, reject) => {
    const req = mod.request(u, {
      method: "GET",
      lookup: checkedLookup(opts),
      headers: {
        "user-agent": opts.userAgent ?? "rasd/0.1 (+https://github.com/rasd)",
        accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "identity",
        ...opts.headers,
      },
      timeout: remaining,
    });
    const timer = setTimeout(() => req.destroy(new RasdError("FETCH_FAILED", `${url}: timed out`)), remaining);
    const fail = (err: unknown) => {
      clearTimeout(timer);
      if (err instanceof RasdError) reject(err);
      else reject(new RasdError("FETCH_FAILED", `${url}: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
    };
    req.on("timeout", () => req.destroy(new RasdError("FETCH_FAILED", `${url}: timed out`)));
    req.on("error", fail);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        return fail(new RasdError("INPUT_TOO_LARGE", `${url}: ${declared} bytes, the limit is ${maxBytes}`));
      }
      const parts: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          res.destroy();
          return fail(new RasdError("INPUT_TOO_LARGE", `${url}: more than ${maxBytes} bytes`));
        }
        parts.push(chunk);
      });
      res.on("error", fail);
      res.on("end", () => {
        clearTimeout(timer);
        if (size > maxBytes) return;
        resolve({ url, status, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(parts), headers: res.headers });
      });
    });
    req.end();
  });
}
