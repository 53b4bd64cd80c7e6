// An HTML page -> an article: main text by Readability (on a linkedom DOM, no browser), title, publication
// date and outlet from the page's metadata (Open Graph, schema.org JSON-LD, <time>, <meta>).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isIsoDate, type ArticleInput } from "../core/article.js";
import { RasdError } from "../core/errors.js";

export type HtmlMeta = { url?: string | null; id?: string };

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption";

/**
 * @example fromHtml('<html><head><title>t</title></head><body><article><p>نص طويل…</p></article></body></html>', {url})
 */
export function fromHtml(html: string, meta: HtmlMeta = {}): ArticleInput {
  const { document } = parseHTML(html);
  const metaContent = (sel: string) => document.querySelector(sel)?.getAttribute("content")?.trim() || null;
  const ld = jsonLd(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") || metaContent('meta[property="og:url"]');
  const url = meta.url ?? absolute(canonical, meta.url) ?? null;
  const published = isoDay(
    metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? metaContent('meta[itemprop="datePublished"]')
    ?? metaContent('meta[name="pubdate"]') ?? metaContent('meta[name="DC.date.issued"]') ?? ld.datePublished
    ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
  );
  const outlet = metaContent('meta[property="og:site_name"]') ?? ld.publisher ?? hostOf(url);
  const headTitle = metaContent('meta[property="og:title"]') ?? ld.headline ?? document.querySelector("title")?.textContent?.trim() ?? null;

  // Readability mutates the document: take the metadata first
  let parsed: { title?: string | null; content?: string | null; textContent?: string | null } | null = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  let text = parsed?.content ? blockText(parsed.content) : "";
  if (!text.trim()) text = blockText(html);
  text = text.trim();
  if (text.replace(/\s/g, "").length < 20) throw new RasdError("BAD_HTML", meta.url ?? "the page");
  return {
    id: meta.id ?? url ?? `html-${text.length}`,
    text,
    published,
    outlet,
    url,
    title: (headTitle ?? parsed?.title ?? null)?.replace(/\s+/g, " ").trim() || null,
  };
}

/** The text of an HTML fragment, one line per block element (paragraphs stay paragraphs). */
export function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll("script, style, noscript, template, iframe")) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines = (blocks.length ? blocks : [document.body]).map((el) => (el?.textContent ?? "").replace(/[ \t\u00A0]+/g, " ").trim());
  return lines.filter(Boolean).join("\n");
}

type Ld = { datePublished: string | null; headline: string | null; publisher: string | null };

function jsonLd(document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> }): Ld {
  const out: Ld = { datePublished: null, headline: null, publisher: null };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && "@graph" in d ? (d as { "@graph": unknown[] })["@graph"] : [d]));
    for (const it of items) {
      if (!it || typeof it !== "object") continue;
      const o = it as Record<string, unknown>;
      if (!out.datePublished && typeof o.datePublished === "string") out.datePublished = o.datePublished;
      if (!out.headline && typeof o.headline === "string") out.headline = o.headline;
      const pub = o.publisher as Record<string, unknown> | undefined;
      if (!out.publisher && pub && typeof pub.name === "string") out.publisher = pub.name;
    }
  }
  return out;
}

/**
 * A date as the engine wants it: ISO `YYYY-MM-DD` when the string starts with one, else whatever
 * Date can read (RFC 822 in feeds), else null.
 * @example isoDay("Fri, 09 Oct 2020 21:43:00 +0100") === "2020-10-09"
 */
export function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(t);
  if (m) return isIsoDate(m[1]) ? m[1] : null;
  const ms = Date.parse(t);
  if (!Number.isFinite(ms)) return null;
  // keep the calendar day the publisher wrote when it gives an offset
  const off = /([+-])(\d{2}):?(\d{2})\s*$/.exec(t);
  const shift = off ? (off[1] === "-" ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) * 60_000 : 0;
  const day = new Date(ms + shift).toISOString().slice(0, 10);
  return isIsoDate(day) ? day : null;
}

function absolute(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
