// The behaviours every Store must have, as one vitest suite parameterised by a factory. The SQLite store
// runs it in sqlite/sqlite-store.test.ts; a PostgreSQL store runs the same function (test/postgres/).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Analysis } from "../core/contract.js";
import type { Store } from "./store.js";
import { article, karabakhFixtures, makeEvent, makeRecord } from "./test-fixtures.js";

export function storeSuite(name: string, factory: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await factory(); });
    afterEach(async () => { await store.close(); });

    const loadAll = async () => {
      for (const { article: a, record } of karabakhFixtures()) await store.saveAnalyzed(a, record, "1.0.0");
    };

    it("stores an article with its record and gives both back", async () => {
      await loadAll();
      const a = await store.getArticle("k1");
      expect(a?.title).toBe("قصف ستيباناكرت");
      expect(a?.engine_version).toBe("1.0.0");
      const rec = await store.getRecord("k1");
      expect(rec?.events[0].type).toBe("ASSAULT");
      expect(rec?.text).toBe(a?.text);
      expect(await store.getArticle("nope")).toBeNull();
    });

    it("stores the same article once, by URL or by normalized text", async () => {
      await loadAll();
      const [{ article: a, record }] = karabakhFixtures();
      const again = await store.saveAnalyzed({ ...a, id: "other-id" }, record, "1.0.0");
      expect(again).toEqual({ id: "k1", created: false });
      // same text with other spacing and hamza seats, no URL
      const respaced = { ...a, id: "x", url: null, text: `  ${a.text.replace(/ /g, "  ").replace(/أ/g, "ا")} ` };
      expect((await store.saveAnalyzed(respaced, makeRecord(respaced), "1.0.0")).created).toBe(false);
      expect(await store.findDuplicate({ ...a, id: "y", text: "نص مختلف تماما" })).toBe("k1"); // same URL
      expect((await store.stats("1.0.0")).articles).toBe(3);
    });

    it("keeps a second article with a clashing id under a derived id", async () => {
      await loadAll();
      const other = article("k1", "خبر آخر تماما عن الانتخابات البلدية في صفاقس.");
      const res = await store.saveAnalyzed(other, makeRecord(other), "1.0.0");
      expect(res.created).toBe(true);
      expect(res.id).not.toBe("k1");
      expect((await store.getRecord(res.id))?.document.id).toBe(res.id);
    });

    it("commits nothing of an article whose record cannot be written", async () => {
      const a = article("broken", "قصفت الطائرات مواقع في المدينة.");
      const bad = makeRecord(a, [makeEvent(a.text, "V1", { type: "ASSAULT" }), makeEvent(a.text, "V1", { type: "COERCE" })]); // duplicate event id
      await expect(store.saveAnalyzed(a, bad, "1.0.0")).rejects.toMatchObject({ code: "STORE_ERROR" });
      expect(await store.getArticle("broken")).toBeNull();
      expect(await store.findDuplicate(a)).toBeNull();
      const s = await store.stats("1.0.0");
      expect([s.articles, s.records, s.events]).toEqual([0, 0, 0]);
      expect((await store.search("الطائرات")).total).toBe(0);
    });

    it("filters events by type, status, country, actor, place, date range and article", async () => {
      await loadAll();
      expect((await store.events({})).total).toBe(4);
      expect((await store.events({ type: ["ASSAULT"] })).total).toBe(2);
      expect((await store.events({ type: ["ASSAULT", "CONSULT"] })).total).toBe(3);
      expect((await store.events({ country: "aze" })).total).toBe(2);
      expect((await store.events({ actor: "الأرمينية" })).total).toBe(2); // recipient, hamza folded
      expect((await store.events({ actor: "TUN" })).total).toBe(1);
      expect((await store.events({ actor: "government of" })).total).toBe(1);
      expect((await store.events({ place: "ستيباناكرت" })).total).toBe(2);
      expect((await store.events({ place: "moscow" })).total).toBe(1);
      expect((await store.events({ from: "2020-10-09", to: "2020-10-09" })).total).toBe(3);
      expect((await store.events({ to: "2019-01-01" })).total).toBe(1);
      expect((await store.events({ status: ["negated"] })).total).toBe(0);
      expect((await store.events({ article: "k2" })).items.map((e) => e.id).sort()).toEqual(["V1", "V2"]);
      expect((await store.events({ place: "%" })).total).toBe(0); // LIKE wildcards are literal
    });

    it("returns events with their article and a timeline day", async () => {
      await loadAll();
      const { items } = await store.events({ article: "k1" });
      expect(items[0]).toMatchObject({
        key: "k1/V1", article_id: "k1", article_title: "قصف ستيباناكرت", published: "2020-10-10", date: "2020-10-09",
        lat: 39.8177, lon: 46.7528, type: "ASSAULT",
      });
      expect(items[0].trigger.text).toBe("قصفت");
      const aid = (await store.events({ article: "t1" })).items[0];
      expect(aid.date).toBe("2016-05-02"); // no own date: the publication day
    });

    it("gives a page of events as JSON text equal to the page of objects, in the same order", async () => {
      await loadAll();
      const asks: [Parameters<Store["events"]>[0], Parameters<Store["events"]>[1]][] = [
        [{}, undefined], [{}, { limit: 2, offset: 1 }], [{ type: ["ASSAULT", "CONSULT"] }, { limit: 2 }], [{ article: "k1" }, undefined],
        [{ actor: "TUN" }, undefined], [{ place: "ستيباناكرت", from: "2020-10-01" }, undefined], [{ country: "XXX" }, undefined],
      ];
      for (const [filter, page] of asks) {
        const bytes = await store.eventsJson(filter, page);
        expect(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))).toEqual(await store.events(filter, page));
      }
      const all = JSON.parse(Buffer.from(await store.eventsJson({})).toString("utf8"));
      // newest day first, undated last
      const days = all.items.map((e: { date: string | null }) => e.date ?? "");
      expect(days).toEqual([...days].sort().reverse());
    });

    it("moves its change token (when it has one) with every write and never with a read", async () => {
      if (!store.changeToken) return;
      const t0 = await store.changeToken();
      await store.events({});
      await store.search("قصف");
      expect(await store.changeToken()).toBe(t0);
      await loadAll();
      const t1 = await store.changeToken();
      expect(t1).not.toBe(t0);
      const a = (await store.staleArticles("2.0.0", 1))[0];
      await store.replaceRecord(a.id, makeRecord(a), "2.0.0");
      expect(await store.changeToken()).not.toBe(t1);
    });

    it("pages lists and clamps the page size", async () => {
      await loadAll();
      const p1 = await store.events({}, { limit: 2, offset: 0 });
      const p2 = await store.events({}, { limit: 2, offset: 2 });
      expect(p1.items).toHaveLength(2);
      expect(p2.items).toHaveLength(2);
      expect(new Set([...p1.items, ...p2.items].map((e) => e.key)).size).toBe(4);
      // the total stays the whole count on a short last page and past the end
      expect(await store.events({}, { limit: 3, offset: 2 })).toMatchObject({ total: 4, items: [expect.anything(), expect.anything()] });
      expect(await store.events({}, { limit: 3, offset: 10 })).toEqual({ total: 4, items: [] });
      expect((await store.events({ actor: "TUN" }, { offset: 5 })).total).toBe(1);
      const hits = await store.search("ستيباناكرت");
      expect((await store.search("ستيباناكرت", { limit: 1, offset: 1 })).total).toBe(hits.total);
      expect((await store.search("ستيباناكرت", { offset: 50 })).total).toBe(hits.total);
      expect((await store.listArticles({ limit: 100000 })).items).toHaveLength(3);
      const arts = await store.listArticles({ limit: 1 });
      expect(arts.total).toBe(3);
      expect(arts.items[0]).toMatchObject({ id: expect.any(String), events: expect.any(Number) });
    });

    it("lists actors by activity and builds their co-occurrence graph", async () => {
      await loadAll();
      const actors = await store.actors();
      expect(actors.items[0]).toMatchObject({ name: "القوات الأذربيجانية", country: "AZE", events: 2 });
      expect(actors.items.find((a) => a.name === "الحكومة التونسية")?.name_en).toBe("Government of Tunisia");
      const g = await store.graph();
      const edge = g.edges[0];
      expect(edge.weight).toBe(2);
      expect(edge.types).toEqual({ ASSAULT: 2 });
      expect(g.nodes.map((n) => n.id)).toContain(edge.source);
    });

    it("finds articles by normalized, clitic-stripped words and ranks them", async () => {
      await loadAll();
      const r = await store.search("مقتل ستيباناكرت");
      expect(r.items.map((h) => h.id).sort()).toEqual(["k1", "k2"]);
      const hit = r.items[0];
      expect(r.items[0].score).toBeGreaterThanOrEqual(r.items[1].score);
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const [a, b] of hit.highlights) expect(hit.snippet.slice(a, b)).toMatch(/ستيباناكرت|مقتل/);
      expect((await store.search("الفلاحين")).items.map((h) => h.id)).toEqual(["t1"]); // «للفلاحين» style clitics
      expect((await store.search("فلاحين")).total).toBe(1);
      expect((await store.search("اذربيجانيا")).items.map((h) => h.id)).toEqual(["k2"]); // hamza folded
      expect((await store.search("وزار*")).total).toBe(2);
      expect((await store.search('"وزارة الدفاع"')).total).toBe(2);
      expect((await store.search("كلمة_غير_موجودة")).total).toBe(0);
      expect((await store.search("\" OR NEAR(")).total).toBe(0); // no FTS syntax error leaks
    });

    it("counts what it holds", async () => {
      await loadAll();
      const s = await store.stats("1.0.0");
      expect(s).toMatchObject({ articles: 3, records: 3, events: 4, entities: 1, stale_records: 0, engine_version: "1.0.0" });
      expect(s.by_type).toEqual({ ASSAULT: 2, CONSULT: 1, AID: 1 });
      expect(s.by_country).toMatchObject({ AZE: 2, RUS: 1, TUN: 1 });
      expect(s.published).toEqual({ from: "2016-05-02", to: "2020-10-10" });
    });

    it("finds records made by another engine version and replaces them whole", async () => {
      await loadAll();
      expect((await store.stats("2.0.0")).stale_records).toBe(3);
      const stale = await store.staleArticles("2.0.0", 10);
      expect(stale.map((a) => a.id).sort()).toEqual(["k1", "k2", "t1"]);
      const a = stale.find((x) => x.id === "k2")!;
      const fresh: Analysis = makeRecord(a, [makeEvent(a.text, "V1", { type: "PROTEST" })]);
      await store.replaceRecord("k2", fresh, "2.0.0");
      expect((await store.getRecord("k2"))?.events.map((e) => e.type)).toEqual(["PROTEST"]);
      const replaced = await store.events({ article: "k2" });
      expect(replaced.total).toBe(1);
      // the replacement's events carry their article like the first ones did
      expect(replaced.items[0]).toMatchObject({ key: "k2/V1", article_id: "k2", type: "PROTEST", published: a.published, article_title: a.title });
      expect((await store.staleArticles("2.0.0", 10)).map((x) => x.id).sort()).toEqual(["k1", "t1"]);
      await expect(store.replaceRecord("missing", fresh, "2.0.0")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("keeps the old record when a replacement fails", async () => {
      await loadAll();
      const a = (await store.staleArticles("2.0.0", 10)).find((x) => x.id === "k1")!;
      const bad = makeRecord(a, [makeEvent(a.text, "V1", { type: "ASSAULT" }), makeEvent(a.text, "V1", { type: "ASSAULT" })]);
      await expect(store.replaceRecord("k1", bad, "2.0.0")).rejects.toBeTruthy();
      expect((await store.getRecord("k1"))?.events).toHaveLength(1);
      expect((await store.getArticle("k1"))?.engine_version).toBe("1.0.0");
    });

    it("iterates every record for exports", async () => {
      await loadAll();
      const ids: string[] = [];
      for await (const r of store.records()) ids.push(r.document.id);
      expect(ids).toEqual(["k1", "k2", "t1"]);
    });

    it("keeps API tokens as hashes only", async () => {
      await store.addTokenHash("ci", "a".repeat(64));
      await store.addTokenHash("ci", "b".repeat(64)); // rotating a named token replaces it
      expect(await store.tokenHashes()).toEqual(["b".repeat(64)]);
    });

    it("migrates idempotently", async () => {
      await store.migrate();
      await store.migrate();
      expect((await store.stats("1.0.0")).articles).toBe(0);
    });
  });
}
