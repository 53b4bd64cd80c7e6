import { describe, expect, it } from "vitest";
import { parseArticleLine } from "./article-line.js";

const line = (s: string | Buffer, n = 1) => ({ n, bytes: Buffer.isBuffer(s) ? s : Buffer.from(s), tooLong: false });

describe("parseArticleLine", () => {
  it("accepts a full article line", () => {
    const r = parseArticleLine(line(JSON.stringify({ id: "a1", text: "تجددت الاشتباكات", published: "2020-10-10", outlet: "رويترز" })), 1e6);
    expect(r).toMatchObject({ ok: true, article: { id: "a1", published: "2020-10-10", outlet: "رويترز", url: null, title: null } });
  });
  it("accepts numeric ids and missing optional fields", () => {
    expect(parseArticleLine(line('{"id": 7, "text": "نص"}'), 1e6)).toMatchObject({ ok: true, article: { id: "7", published: null } });
  });
  it("reports malformed JSON with the line number as id", () => {
    expect(parseArticleLine(line('{"id": "x", "text": ', 4), 1e6)).toMatchObject({ ok: false, id: "line-4", error: { code: "BAD_JSON" } });
  });
  it("keeps the article id when the shape is wrong", () => {
    expect(parseArticleLine(line('{"id": "x9", "text": 5}'), 1e6)).toMatchObject({ ok: false, id: "x9", error: { code: "BAD_INPUT" } });
    expect(parseArticleLine(line('{"id": "x9", "text": "نص", "published": "2020-13-45"}'), 1e6)).toMatchObject({ ok: false, id: "x9", error: { code: "BAD_INPUT" } });
  });
  it("reports invalid UTF-8 and empty text", () => {
    expect(parseArticleLine(line(Buffer.from([0x7b, 0xff, 0x7d])), 1e6)).toMatchObject({ ok: false, error: { code: "INVALID_UTF8" } });
    expect(parseArticleLine(line('{"id": "e", "text": "  "}'), 1e6)).toMatchObject({ ok: false, id: "e", error: { code: "EMPTY_INPUT" } });
  });
});
