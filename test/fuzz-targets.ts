// Property targets shared by `npm run fuzz` (large budget) and test/fuzz.test.ts (small budget in CI):
// each takes generated input and throws when an invariant breaks.
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import type { Analysis } from "../src/core/contract.js";
import { RasdError } from "../src/core/errors.js";
import { loadEngine } from "../src/engine/index.js";
import { parseArticleLine } from "../src/ingest/article-line.js";
import { decodeText } from "../src/ingest/decode-text.js";
import { parseFeed } from "../src/ingest/feed.js";
import { fromHtml } from "../src/ingest/html.js";
import { analyze } from "../src/pipeline/analyze.js";

const schema = JSON.parse(readFileSync(new URL("../contract/analysis.schema.json", import.meta.url), "utf8"));
const validate = new Ajv2020({ strict: false }).compile(schema);

// Arabic-heavy text with the troubles real feeds carry: marks, tatweel, odd spaces, digits, emoji, Latin,
// lone surrogates, presentation forms and fused words.
const pieces = fc.oneof(
  fc.constantFrom("قالت", "وزارة", "الدفاع", "إن", "اشتباكات", "اندلعت", "أمس", "الجمعة", "في", "ناجورنو قرة باغ",
    "الولاياتالمتحدة", "٢٧ سبتمبر", "1994", "قتل 31 مدنيا", "منذ", "لم يحضر", "سيزور", "«", "»", "،", ".", "؟", "\n",
    "\u0640", "\u064E", "\u200F", "\u00A0", "\uFEFF", "\uFEF7", "😀", "ABC", "\uD800", "\uDC00", "(واس)", " – ", "الأسبوع المقبل"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);
export const arabicish = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(" "));
const dates = fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Tag soup around Arabic text: unbalanced, nested, with entities, CDATA and attributes.
function markup(root: string) {
  const tag = fc.constantFrom("p", "div", "script", "item", "entry", "title", "link", "pubDate", "updated", "description", "content", "a", "article", "h1", "meta", "![CDATA[", "channel");
  const bit = fc.oneof(
    arabicish,
    tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`),
    fc.constantFrom("&amp;", "&#1575;", "&bogus;", "<!--", "-->", "]]>", "<?xml version=\"1.0\"?>", ' href="javascript:alert(1)"', "<br/>", "2020-10-10T08:00:00Z"),
    fc.string({ maxLength: 10 }),
  );
  return fc.array(bit, { maxLength: 40 }).map((b) => `<${root}>${b.join("")}</${root}>`);
}

function* spans(o: unknown): Generator<{ start: number; end: number; text: string }> {
  if (o && typeof o === "object") {
    const s = o as Record<string, unknown>;
    if (typeof s.start === "number" && typeof s.end === "number" && typeof s.text === "string") yield s as never;
    for (const v of Object.values(s)) yield* spans(v);
  }
}

export function checkRecord(r: Analysis): void {
  if (!validate(r)) throw new Error(`schema: ${JSON.stringify(validate.errors?.[0])}`);
  const { text, ...rest } = r;
  for (const s of spans(rest)) {
    if (s.start < 0 || s.end < s.start || s.end > text.length || text.slice(s.start, s.end) !== s.text) {
      throw new Error(`span violation ${JSON.stringify(s)}`);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const targets: Record<string, () => fc.IProperty<any>> = {
  pipeline: () => {
    const engine = loadEngine();
    return fc.property(arabicish, fc.option(dates), (text, published) => {
      checkRecord(analyze({ id: "f", text, published, outlet: null, url: null, title: null }, engine));
    });
  },
  jsonl: () => fc.property(fc.oneof(fc.json(), fc.string(), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("latin1"))), (s) => {
    const r = parseArticleLine({ n: 1, bytes: Buffer.from(s, "latin1"), tooLong: false }, 1e6);
    if (!r.ok && !(r.error instanceof RasdError)) throw new Error("not a RasdError");
  }),
  // Parsers of the open web: any markup either yields an article / a feed or a RasdError, never a crash.
  html: () => fc.property(markup("html"), (html) => {
    try { fromHtml(html, { url: "https://example.org/a" }); } catch (e) { if (!(e instanceof RasdError)) throw e; }
  }),
  feed: () => fc.property(fc.oneof(markup("rss"), markup("feed")), (xml) => {
    try { parseFeed(xml, "https://example.org/feed"); } catch (e) { if (!(e instanceof RasdError)) throw e; }
  }),
  decode: () => fc.property(fc.uint8Array({ maxLength: 500 }), (b) => {
    try { decodeText(b); } catch (e) { if (!(e instanceof RasdError)) throw e; }
  }),
};

export type TargetName = string;
