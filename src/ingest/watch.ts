// Polling feeds: each poll fetches the feed (conditionally, with the validators of the last answer),
// skips entries already stored (by URL, before fetching their page) and ingests the rest.
import { asRasdError } from "../core/errors.js";
import type { Analyzer } from "../engine/analyzer.js";
import type { Store } from "../store/store.js";
import { decodeText } from "./decode-text.js";
import { fetchSafe, type FetchSafeOptions } from "./fetch-safe.js";
import { parseFeed } from "./feed.js";
import { ingestOne, type IngestResult } from "./ingest.js";
import { feedEntryArticle } from "./sources.js";

export type FeedState = { etag?: string; lastModified?: string };

export type PollOptions = {
  store: Store;
  analyzer: Analyzer;
  engineVersion: string;
  fetch?: FetchSafeOptions;
  followBelowChars?: number;
  onResult?: (r: IngestResult) => void;
};

export type PollResult = { url: string; notModified: boolean; entries: number; added: number; known: number; failed: number; error?: string };

export async function pollFeed(url: string, state: FeedState, opts: PollOptions): Promise<PollResult> {
  const out: PollResult = { url, notModified: false, entries: 0, added: 0, known: 0, failed: 0 };
  try {
    const headers: Record<string, string> = {};
    if (state.etag) headers["if-none-match"] = state.etag;
    if (state.lastModified) headers["if-modified-since"] = state.lastModified;
    const res = await fetchSafe(url, { ...opts.fetch, headers: { ...opts.fetch?.headers, ...headers } });
    if (res.status === 304) { out.notModified = true; return out; }
    if (typeof res.headers.etag === "string") state.etag = res.headers.etag;
    if (typeof res.headers["last-modified"] === "string") state.lastModified = res.headers["last-modified"];
    const feed = parseFeed(decodeText(res.body, { what: url }), res.url);
    out.entries = feed.entries.length;
    for (const entry of feed.entries) {
      if (entry.url && (await opts.store.findDuplicate({ id: entry.id, text: "", url: entry.url, published: null, outlet: null, title: null }))) {
        out.known++;
        continue;
      }
      const item = await feedEntryArticle(entry, feed.title, { fetch: opts.fetch, followBelowChars: opts.followBelowChars });
      const r: IngestResult = item.ok
        ? await ingestOne(item.article, opts)
        : { id: item.id, status: "failed", events: 0, error: { code: item.error.code, message: item.error.message } };
      opts.onResult?.({ ...r, origin: url });
      if (r.status === "added") out.added++;
      else if (r.status === "duplicate") out.known++;
      else out.failed++;
    }
  } catch (err) {
    out.error = asRasdError(err).message;
  }
  return out;
}
