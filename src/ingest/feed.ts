// RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> entries. An entry carries the feed's text (often only a summary)
// and its link; the ingester decides whether to fetch the linked page for the full article.
import { XMLParser } from "fast-xml-parser";
import { RasdError } from "../core/errors.js";
import { blockText, isoDay } from "./html.js";

export type FeedEntry = { id: string; url: string | null; title: string | null; published: string | null; text: string };
export type Feed = { title: string | null; entries: FeedEntry[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  removeNSPrefix: false,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

const arr = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

function str(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "#text" in (v as object)) return str((v as Record<string, unknown>)["#text"]);
  return null;
}

/** Parses a feed; BAD_FEED when it is not RSS or Atom. */
export function parseFeed(xml: string, base?: string): Feed {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new RasdError("BAD_FEED", err instanceof Error ? err.message : String(err), { cause: err });
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  if (rss || rdf) {
    const channel = (rss ? rss.channel : rdf?.channel) as Record<string, unknown> | undefined;
    const items = arr((rss ? channel?.item : rdf?.item) as Record<string, unknown>[] | undefined);
    return {
      title: str(channel?.title),
      entries: items.map((it, i) => {
        const url = resolveUrl(str(arr(it.link as unknown[])[0]), base);
        const html = str(it["content:encoded"]) ?? str(it.description) ?? "";
        return {
          id: str(it.guid) ?? url ?? `item-${i + 1}`,
          url, title: clean(str(it.title)),
          published: isoDay(str(it.pubDate) ?? str(it["dc:date"])),
          text: blockText(html),
        };
      }),
    };
  }
  if (atom) {
    return {
      title: str(atom.title),
      entries: arr(atom.entry as Record<string, unknown>[] | undefined).map((e, i) => {
        const links = arr(e.link as Record<string, unknown>[] | undefined);
        const alt = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
        const url = resolveUrl(alt ? str(alt["@_href"]) : null, base);
        const html = str(e.content) ?? str(e.summary) ?? "";
        return {
          id: str(e.id) ?? url ?? `entry-${i + 1}`,
          url, title: clean(str(e.title)),
          published: isoDay(str(e.published) ?? str(e.updated)),
          text: blockText(html),
        };
      }),
    };
  }
  throw new RasdError("BAD_FEED", "neither RSS nor Atom");
}

/** True when bytes look like a feed rather than an HTML page. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head);
}

const clean = (s: string | null) => (s ? blockText(s).replace(/\s+/g, " ").trim() || null : null);

function resolveUrl(u: string | null, base?: string): string | null {
  if (!u) return null;
  try {
    return new URL(u, base).toString();
  } catch {
    return null;
  }
}
