import { describe, expect, it } from "vitest";
import { href, parseHash } from "./router.js";

describe("parseHash", () => {
  it("splits the path and reads the query", () => {
    const r = parseHash("#/map?type=ASSAULT&actor=%D8%A3%D8%B1%D9%85%D9%8A%D9%86%D9%8A%D8%A7");
    expect(r.path).toEqual(["map"]);
    expect(r.params.get("type")).toBe("ASSAULT");
    expect(r.params.get("actor")).toBe("أرمينيا");
  });
  it("decodes an article id with Arabic or reserved characters", () => {
    expect(parseHash(`#/article/${encodeURIComponent("مقال/1")}`).path).toEqual(["article", "مقال/1"]);
  });
  it("treats an empty hash as the overview", () => {
    expect(parseHash("").path).toEqual([]);
  });
  it("writes what it reads", () => {
    const r = parseHash(href("timeline", new URLSearchParams({ from: "2016-01-14", to: "2016-01-14" })));
    expect(r.path).toEqual(["timeline"]);
    expect(r.params.get("from")).toBe("2016-01-14");
  });
});
