import { describe, expect, it } from "vitest";
import { makeSnippet } from "./snippet.js";
import { parseQuery } from "./terms.js";

const SEED = "تجددت الاشتباكات بين قوات أذربيجان وقوات من أصل أرميني أمس «الجمعة» قبل محادثات لوزيري خارجية الطرفين المتناحرين تستضيفها روسيا في محاولة لإنهاء أسوأ اشتباكات بمنطقة جنوب القوقاز منذ أكثر من 25 عاما.";

describe("makeSnippet", () => {
  it("highlights the article's own words that match the query, clitics and all", () => {
    const q = parseQuery("اشتباكات");
    const s = makeSnippet(SEED, q.groups.flat());
    const marked = s.highlights.map(([a, b]) => s.snippet.slice(a, b));
    expect(marked).toEqual(["الاشتباكات", "اشتباكات"]);
  });

  it("matches across hamza and taa marbuta spellings", () => {
    const q = parseQuery("اذربيجان");
    const s = makeSnippet(SEED, q.groups.flat());
    expect(s.highlights.map(([a, b]) => s.snippet.slice(a, b))).toEqual(["أذربيجان"]);
  });

  it("cuts a long text to a window around the hits, marked with ellipses", () => {
    const long = `${"كلام عام عن الطقس ".repeat(40)}ثم وقع قصف على المدينة ${"كلام عام عن الطقس ".repeat(40)}`;
    const s = makeSnippet(long, parseQuery("قصف").groups.flat());
    expect(s.snippet.startsWith("… ")).toBe(true);
    expect(s.snippet.endsWith(" …")).toBe(true);
    expect(s.highlights).toHaveLength(1);
    const [a, b] = s.highlights[0];
    expect(s.snippet.slice(a, b)).toBe("قصف");
  });
});
