import { describe, expect, it } from "vitest";
import { looksLikeFeed, parseFeed } from "./feed.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>جوهرة أف أم</title>
<item><title>وزير الخارجية يلتقي نظيره الجزائري</title><link>https://j.example/a/1</link>
<guid>https://j.example/a/1</guid><pubDate>Tue, 03 May 2016 10:00:00 +0100</pubDate>
<description><![CDATA[<p>التقى وزير الخارجية &amp; نظيره الجزائري في تونس.</p>]]></description></item>
<item><title>خبر ثان</title><link>/a/2</link><content:encoded><![CDATA[<p>فقرة أولى</p><p>فقرة ثانية</p>]]></content:encoded></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
<entry><id>tag:x,2020:1</id><title type="html">قصف &lt;b&gt;ستيباناكرت&lt;/b&gt;</title>
<link rel="alternate" href="https://x.example/1"/><link rel="enclosure" href="https://x.example/1.jpg"/>
<published>2020-10-09T20:00:00Z</published><summary>قصفت القوات مدينة ستيباناكرت.</summary></entry>
</feed>`;

describe("parseFeed", () => {
  it("reads RSS items with their text, link, date and guid", () => {
    const f = parseFeed(RSS, "https://j.example/feed");
    expect(f.title).toBe("جوهرة أف أم");
    expect(f.entries[0]).toEqual({
      id: "https://j.example/a/1", url: "https://j.example/a/1", title: "وزير الخارجية يلتقي نظيره الجزائري",
      published: "2016-05-03", text: "التقى وزير الخارجية & نظيره الجزائري في تونس.",
    });
    expect(f.entries[1].url).toBe("https://j.example/a/2");
    expect(f.entries[1].text).toBe("فقرة أولى\nفقرة ثانية");
  });

  it("reads Atom entries, taking the alternate link and stripping markup from titles", () => {
    const f = parseFeed(ATOM);
    expect(f.entries).toHaveLength(1);
    expect(f.entries[0]).toMatchObject({ id: "tag:x,2020:1", url: "https://x.example/1", title: "قصف ستيباناكرت", published: "2020-10-09" });
  });

  it("refuses what is not a feed", () => {
    expect(() => parseFeed("<html><body>x</body></html>")).toThrow(expect.objectContaining({ code: "BAD_FEED" }));
  });

  it("does not expand a billion-laughs entity bomb", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss><channel><item><title>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</title></item></channel></rss>`;
    let title: string | null = null;
    try {
      title = parseFeed(bomb).entries[0]?.title ?? null;
    } catch (err) {
      expect(err).toMatchObject({ code: "BAD_FEED" });
    }
    expect((title ?? "").length).toBeLessThan(100_000);
  });

  it("tells feeds from pages", () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed("<!doctype html><html>")).toBe(false);
  });
});
