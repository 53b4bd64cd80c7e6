// What `rasd ingest` accepts, turned into articles: URLs (an HTML page or an RSS/Atom feed, fetched
// SSRF-safely), folders (walked), JSONL/JSON batches, HTML pages, feed files and plain text files.
// Every item comes out as an article or as an error naming where it came from; one bad item never
// stops the others.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createReadStream } from "node:fs";
import { articleInputSchema, type ArticleInput } from "../core/article.js";
import { RasdError, asRasdError } from "../core/errors.js";
import { parseArticleLine } from "./article-line.js";
import { DEFAULT_MAX_BYTES, decodeText } from "./decode-text.js";
import { fetchSafe, type FetchSafeOptions } from "./fetch-safe.js";
import { looksLikeFeed, parseFeed, type FeedEntry } from "./feed.js";
import { fromHtml } from "./html.js";
import { jsonlLines } from "./jsonl-lines.js";
import { canonicalUrl } from "../store/keys.js";

export type SourceItem =
  | { ok: true; article: ArticleInput; origin: string }
  | { ok: false; id: string; error: RasdError; origin: string };

export type SourceOptions = {
  /** publication date for plain text files (they carry none) */
  published?: string | null;
  maxBytes?: number;
  fetch?: FetchSafeOptions;
  /** fetch a feed entry's page when the feed gives less text than this (0 = never fetch) */
  followBelowChars?: number;
};

const TEXT_EXT = new Set([".txt", ".text", ".md", ""]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const FEED_EXT = new Set([".xml", ".rss", ".atom"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * A short, stable article id for something known by a URL or a feed guid (ids appear in API paths).
 * @example webId("https://j.example/a/1") === "w-" + 16 hex digits
 */
export function webId(key: string): string {
  return `w-${createHash("sha256").update(canonicalUrl(key) ?? key).digest("hex").slice(0, 16)}`;
}

export async function* readSources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (isUrl(input)) yield* readUrl(input, opts);
    else yield* readPath(input, opts);
  }
}

async function* readPath(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    yield { ok: false, id: path, origin: path, error: new RasdError("NOT_FOUND", `cannot read ${path}`, { cause: err }) };
    return;
  }
  if (st.isDirectory()) {
    for (const f of await walk(path)) yield* readFile1(f, opts);
  } else {
    yield* readFile1(path, opts);
  }
}

/** Files under a folder in a stable order, hidden files and folders skipped. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && knownExt(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

const knownExt = (ext: string) => TEXT_EXT.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext) || JSONL_EXT.has(ext) || ext === ".json";

async function* readFile1(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (JSONL_EXT.has(ext)) {
    for await (const raw of jsonlLines(createReadStream(path), max)) {
      if (raw.bytes.length === 0 && !raw.tooLong) continue;
      const r = parseArticleLine(raw, max);
      yield r.ok ? { ok: true, article: r.article, origin: `${path}:${raw.n}` } : { ok: false, id: r.id, error: r.error, origin: `${path}:${raw.n}` };
    }
    return;
  }
  let text: string;
  try {
    const st = await stat(path);
    if (st.size > max) throw new RasdError("INPUT_TOO_LARGE", `${path} is ${st.size} bytes, the limit is ${max}`);
    text = decodeText(await readFile(path), { maxBytes: max, what: path });
  } catch (err) {
    yield { ok: false, id, origin: path, error: asRasdError(err) };
    return;
  }
  try {
    if (ext === ".json") {
      yield* fromJson(text, path);
    } else if (FEED_EXT.has(ext) || looksLikeFeed(text)) {
      yield* fromFeed(text, path, undefined, opts);
    } else if (HTML_EXT.has(ext)) {
      yield { ok: true, article: validated({ ...fromHtml(text), id }), origin: path };
    } else {
      yield { ok: true, article: validated({ id, text, published: opts.published ?? null, outlet: null, url: null, title: null }), origin: path };
    }
  } catch (err) {
    yield { ok: false, id, origin: path, error: asRasdError(err) };
  }
}

function* fromJson(text: string, origin: string): Generator<SourceItem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RasdError("BAD_JSON", origin, { cause: err });
  }
  const list = Array.isArray(json) ? json : [json];
  for (const [i, item] of list.entries()) {
    const id = `${basename(origin)}#${i + 1}`;
    try {
      yield { ok: true, article: validated(item), origin: id };
    } catch (err) {
      yield { ok: false, id, origin: id, error: asRasdError(err) };
    }
  }
}

async function* readUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let res;
  try {
    res = await fetchSafe(url, { maxBytes: opts.maxBytes, ...opts.fetch });
  } catch (err) {
    yield { ok: false, id: url, origin: url, error: asRasdError(err, "FETCH_FAILED") };
    return;
  }
  try {
    const text = decodeText(res.body, { maxBytes: opts.maxBytes, what: url });
    const type = res.contentType.toLowerCase();
    if (/xml|rss|atom/.test(type) || looksLikeFeed(text)) {
      yield* fromFeed(text, res.url, url, opts);
    } else if (/html/.test(type)) {
      yield { ok: true, article: validated(fromHtml(text, { url: res.url, id: webId(res.url) })), origin: url };
    } else {
      yield { ok: true, article: validated({ id: webId(res.url), text, published: opts.published ?? null, outlet: null, url: res.url, title: null }), origin: url };
    }
  } catch (err) {
    yield { ok: false, id: url, origin: url, error: asRasdError(err) };
  }
}

async function* fromFeed(xml: string, origin: string, base: string | undefined, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const feed = parseFeed(xml, base);
  for (const entry of feed.entries) yield await feedEntryArticle(entry, feed.title, opts, origin);
}

/** A feed entry as an article: the feed's own text when it is long enough, else the linked page. */
export async function feedEntryArticle(entry: FeedEntry, outlet: string | null, opts: SourceOptions, origin = entry.url ?? entry.id): Promise<SourceItem> {
  const follow = opts.followBelowChars ?? 400;
  entry = { ...entry, id: webId(entry.url ?? entry.id) };
  const fromEntry = (): ArticleInput => validated({ id: entry.id, text: entry.text, published: entry.published, outlet, url: entry.url, title: entry.title });
  try {
    if (follow > 0 && entry.url && entry.text.length < follow && isUrl(entry.url)) {
      try {
        const res = await fetchSafe(entry.url, { maxBytes: opts.maxBytes, ...opts.fetch });
        const page = fromHtml(decodeText(res.body, { maxBytes: opts.maxBytes, what: entry.url }), { url: entry.url, id: entry.id });
        return {
          ok: true, origin,
          article: validated({ ...page, id: entry.id, published: entry.published ?? page.published, title: entry.title ?? page.title, outlet: outlet ?? page.outlet }),
        };
      } catch (err) {
        if (!entry.text.trim()) throw err;
      }
    }
    return { ok: true, article: fromEntry(), origin };
  } catch (err) {
    return { ok: false, id: entry.id, origin, error: asRasdError(err) };
  }
}

/** The article schema applied to whatever a reader produced; empty text is EMPTY_INPUT. */
export function validated(v: unknown): ArticleInput {
  const parsed = articleInputSchema.safeParse(v);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RasdError("BAD_INPUT", `${issue.path.join(".") || "value"}: ${issue.message}`, { cause: parsed.error });
  }
  if (!parsed.data.text.trim()) throw new RasdError("EMPTY_INPUT", `article ${parsed.data.id} has no text`);
  return parsed.data;
}
