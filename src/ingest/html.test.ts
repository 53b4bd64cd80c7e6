import { describe, expect, it } from "vitest";
import { blockText, fromHtml, isoDay } from "./html.js";

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head>
<title>اشتباكات في القوقاز | الموقع</title>
<meta property="og:title" content="تجدد الاشتباكات بين أذربيجان وأرمينيا">
<meta property="og:site_name" content="وكالة الأنباء">
<meta property="article:published_time" content="2020-10-10T08:15:00+03:00">
<link rel="canonical" href="https://news.example/ar/2020/10/10/karabakh">
<script>window.tracking = "<p>لا</p>";</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article>
<h1>تجدد الاشتباكات بين أذربيجان وأرمينيا</h1>
<p>تجددت الاشتباكات بين قوات أذربيجان وقوات من أصل أرميني أمس «الجمعة» قبل محادثات لوزيري خارجية الطرفين المتناحرين تستضيفها روسيا في محاولة لإنهاء أسوأ اشتباكات بمنطقة جنوب القوقاز منذ أكثر من 25 عاما.</p>
<p>ونقلت وكالة الإعلام الروسية عن وزارة الخارجية قولها إن أرمينيا وأذربيجان قبلتا عرض المحادثات بعدما دعا الكرملين وزيري خارجية البلدين إلى موسكو لإجراء مشاورات.</p>
</article>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>`;

describe("fromHtml", () => {
  it("takes the main text by paragraph, with title, date, outlet and canonical URL", () => {
    const a = fromHtml(PAGE);
    expect(a.title).toBe("تجدد الاشتباكات بين أذربيجان وأرمينيا");
    expect(a.published).toBe("2020-10-10");
    expect(a.outlet).toBe("وكالة الأنباء");
    expect(a.url).toBe("https://news.example/ar/2020/10/10/karabakh");
    expect(a.text).toContain("تجددت الاشتباكات بين قوات أذربيجان");
    expect(a.text.split("\n").some((l) => l.startsWith("ونقلت وكالة الإعلام"))).toBe(true);
    expect(a.text).not.toContain("window.tracking");
    expect(a.text).not.toContain("جميع الحقوق محفوظة");
  });

  it("reads the date from JSON-LD when there is no meta tag", () => {
    const page = PAGE.replace(/<meta property="article:published_time"[^>]*>/, "")
      .replace("</head>", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00Z","publisher":{"name":"جريدة"}}</script></head>`);
    expect(fromHtml(page).published).toBe("2021-03-04");
  });

  it("refuses a page without article text", () => {
    expect(() => fromHtml("<html><body><nav>x</nav></body></html>")).toThrow(expect.objectContaining({ code: "BAD_HTML" }));
  });
});

describe("blockText", () => {
  it("keeps one line per paragraph and drops scripts", () => {
    expect(blockText("<p>أولا</p><script>bad()</script><p>ثانيا <b>مهم</b></p>")).toBe("أولا\nثانيا مهم");
  });
});

describe("isoDay", () => {
  it("reads ISO dates and RFC 822 dates in the publisher's own time zone", () => {
    expect(isoDay("2020-10-10T23:30:00+03:00")).toBe("2020-10-10");
    expect(isoDay("Fri, 09 Oct 2020 23:43:00 +0300")).toBe("2020-10-09");
    expect(isoDay("2020-02-30")).toBeNull();
    expect(isoDay("غدا")).toBeNull();
  });
});
