// Distinct, engine-shaped Arabic news articles generated from templates: for the queue, crash-safety and
// load tests, which need many different articles but no shared data (CI has none) and no particular answers.
import type { ArticleInput } from "../src/core/article.js";

/** Distinct, engine-shaped Arabic news articles (no shared data needed). */
export function syntheticArticles(n: number): ArticleInput[] {
  const cities = ["ستيباناكرت", "كنجة", "حلب", "إدلب", "الموصل", "طرابلس", "صنعاء", "غزة", "بنغازي", "درعا"];
  const sides = [["القوات الأذربيجانية", "القوات الأرمينية"], ["الجيش السوري", "فصائل المعارضة"], ["قوات التحالف", "جماعة الحوثي"], ["الجيش الليبي", "قوات الوفاق"]];
  const out: ArticleInput[] = [];
  for (let i = 0; i < n; i++) {
    const city = cities[i % cities.length];
    const [a, b] = sides[i % sides.length];
    const day = String(1 + (i % 28)).padStart(2, "0");
    const text = `قصفت ${a} مواقع ${b} في مدينة ${city} أمس ما أسفر عن مقتل ${i + 3} أشخاص وإصابة ${2 * i + 1} آخرين، بحسب مصادر محلية. `
      + `وقال المتحدث باسم ${b} إن الهجوم رقم ${i + 1} استهدف أحياء سكنية. `
      + `والتقى وزير الخارجية نظيره في موسكو لبحث وقف إطلاق النار في ${city}.`;
    out.push({ id: `d${i + 1}`, text, published: `2020-10-${day}`, outlet: i % 2 ? "وكالة أ" : "صحيفة ب", url: i % 3 ? `https://news.example/${i + 1}` : null, title: `قصف ${city}` });
  }
  return out;
}
