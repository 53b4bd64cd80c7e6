// Rebuilds samples/articles.jsonl: the seed article plus a fixed, varied selection of ANT corpus articles
// (Apache-2.0). Run from the project root: `npx tsx samples/build-samples.ts` (reads ../shared at build
// time only; the output is committed).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const SHARED = process.env.RASD_SHARED ?? "../shared";
// how many articles of each ANT category: news-heavy, but every category represented
const QUOTA: Record<string, number> = {
  internationalNews: 12, politic: 6, localNews: 8, society: 4, economy: 4, sport: 2, culture: 2, technology: 1, diverse: 2,
};

type Ant = { id: string; outlet: string; url: string; published: string; category: string; title: string; text: string };

const rank = (id: string) => createHash("sha256").update(`rasd-samples/${id}`).digest("hex");

const ant = gunzipSync(readFileSync(`${SHARED}/data/corpus/ant.jsonl.gz`)).toString("utf8").split("\n").filter(Boolean)
  .map((l) => JSON.parse(l) as Ant)
  .filter((a) => a.category && a.published && a.text.length >= 600 && a.text.length <= 4000)
  .sort((a, b) => rank(a.id).localeCompare(rank(b.id)));

const picked: Ant[] = [];
for (const [cat, n] of Object.entries(QUOTA)) picked.push(...ant.filter((a) => a.category === cat).slice(0, n));
picked.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));

const seedId = "000_086ea53787d38e81";
const lines = [
  { id: seedId, text: readFileSync(`${SHARED}/gold/seed/${seedId}.txt`, "utf8"), published: "2020-10-10", outlet: null, url: null, title: null },
  ...picked.map((a) => ({ id: a.id, text: a.text, published: a.published, outlet: a.outlet, url: a.url, title: a.title, category: a.category })),
];
writeFileSync("samples/articles.jsonl", `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
console.log(`samples/articles.jsonl: ${lines.length} articles (seed + ${picked.length} ANT)`);
