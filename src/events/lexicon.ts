// The event lexicons as lookup tables: data/events/triggers.tsv (what names an event) and cues.tsv (what frames
// it). Rows give a lexeme once; the inflected forms Arabic news writes («اشتبكت», «يشتبكون», «قصفوها»,
// «غارات») are generated here at load, so that matching a token is one Map lookup per clitic-stripped key.
import type { EventType } from "../core/contract.js";
import { EVENT_TYPES } from "../core/contract.js";
import { normalize, normalizePhrase } from "../prep/normalize.js";

export type TriggerEntry = {
  type: EventType;
  mode: string | null;
  pos: "V" | "N";
  /** ambiguous outside conflict reporting: «هجوم» is also a football attack */
  amb: boolean;
  /** every participant is an actor (clashes, talks) */
  sym: boolean;
  /** a killing/injury verb: with a count and no agent it is a toll, not an incident */
  cas: boolean;
  /** a noun that is an incident on its own, without participants, time or place */
  free: boolean;
  /** a circumstantial participle («داعيا», «منددا»): its doer is the main clause's */
  part: boolean;
  /** a noun that is an incident only when a clause tells it happened (a relative clause, a light verb) */
  told: boolean;
  /** a threat idiom whose subject is the one threatened («ستدفع هولندا الثمن»): the speaker is the actor */
  victim: boolean;
  /** at least one of these must follow within a few tokens (phrases as word arrays) */
  obj: string[][] | null;
  notPrev: Set<string>;
  notNext: Set<string>;
  context: string[];
  /** the lexicon line, for explanations */
  line: number;
};

/** One way a lexicon entry can start at a token: the words after the first must follow contiguously. */
export type FormHit<T> = { entry: T; rest: string[]; verb: "past" | "pres" | null };

/** A Map from a normalized, clitic-free word form to the entries it can start. */
export class FormIndex<T> {
  readonly map = new Map<string, FormHit<T>[]>();
  add(form: string, hit: FormHit<T>): void {
    const list = this.map.get(form);
    if (list) list.push(hit);
    else this.map.set(form, [hit]);
  }
  get(key: string): FormHit<T>[] | undefined {
    return this.map.get(key);
  }
}

const PAST_SUFFIXES = ["", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و"];
const PRES_PREFIXES = ["ي", "ت", "ن", "ا"];
const PRES_SUFFIXES = ["", "ون", "ان", "ين", "وا", "ن", "ا"];
const ENCLITICS = ["ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم"];
const NOUN_ENCLITICS = ["ه", "ها", "هم", "هما"];

/** Surface forms of a verb from its past stems and its present (ي-) forms. */
export function verbForms(past: string[], present: string[]): { form: string; verb: "past" | "pres" }[] {
  const out: { form: string; verb: "past" | "pres" }[] = [];
  past.forEach((p, k) => {
    // the first form is the stem; later ones are already inflected («نفت», «دعوا») and take pronouns only
    if (k === 0) for (const s of PAST_SUFFIXES) out.push({ form: p + s, verb: "past" });
    else out.push({ form: p, verb: "past" });
    for (const e of ENCLITICS) {
      out.push({ form: p + e, verb: "past" });
      out.push({ form: p + "ت" + e, verb: "past" });
      out.push({ form: p + "و" + e, verb: "past" });
    }
  });
  for (const f of present) {
    const stem = f.startsWith("ي") ? f.slice(1) : f;
    for (const pre of PRES_PREFIXES) {
      for (const s of PRES_SUFFIXES) out.push({ form: pre + stem + s, verb: "pres" });
      for (const e of ENCLITICS) {
        out.push({ form: pre + stem + e, verb: "pres" });
        out.push({ form: pre + stem + "ون" + e, verb: "pres" });
        out.push({ form: pre + stem + "و" + e, verb: "pres" });
      }
    }
  }
  return out;
}

/** Surface forms of a noun: case ending, plural/dual and possessive suffixes (taa marbuta is normalized ه). */
export function nounForms(word: string): string[] {
  const out = [word];
  if (word.endsWith("ه") && word.length > 2) {
    const base = word.slice(0, -1);
    out.push(base + "ات", base + "تين", base + "تان", base + "تي");
    for (const e of NOUN_ENCLITICS) out.push(base + "ت" + e);
  } else {
    out.push(word + "ا", word + "ات", word + "ين", word + "ان");
    for (const e of NOUN_ENCLITICS) out.push(word + e);
  }
  return out;
}

/** The same word with and without the article, for the second and later words of a phrase. */
export function stripArticle(w: string): string {
  if (w.startsWith("ال") && w.length > 3) return w.slice(2);
  return w;
}

function splitForms(s: string): string[] {
  return s.split("|").map((x) => normalizePhrase(x)).filter(Boolean);
}

/** Adds a row's forms to an index: verbs "past|past/present|present", nouns "a|b|phrase words". */
export function indexForms<T>(index: FormIndex<T>, pos: "V" | "N", forms: string, entry: T, exclude?: Set<string>): void {
  if (pos === "V") {
    const [past, pres] = forms.split("/");
    const seen = new Set<string>();
    for (const { form, verb } of verbForms(splitForms(past ?? ""), splitForms(pres ?? ""))) {
      if (seen.has(form) || exclude?.has(form)) continue;
      seen.add(form);
      index.add(form, { entry, rest: [], verb });
    }
    return;
  }
  for (const phrase of splitForms(forms)) {
    const words = phrase.split(" ");
    const first = words[0];
    const rest = words.slice(1).map(stripArticle);
    const seen = new Set<string>();
    const firsts = rest.length ? [first, stripArticle(first)] : [...nounForms(first), ...nounForms(stripArticle(first))];
    for (const f of firsts) {
      if (seen.has(f) || exclude?.has(f)) continue;
      seen.add(f);
      index.add(f, { entry, rest, verb: null });
    }
  }
}

function parseSet(v: string | undefined): Set<string> {
  return new Set((v ?? "").split("|").map((x) => stripArticle(normalize(x.trim()))).filter(Boolean));
}

/** Parses triggers.tsv into an index of trigger forms. */
export function parseTriggers(tsv: string): FormIndex<TriggerEntry> {
  const index = new FormIndex<TriggerEntry>();
  const lines = tsv.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim() || line.startsWith("#")) continue;
    const [type, mode, pos, forms, flagText = ""] = line.split("\t");
    if (!(EVENT_TYPES as readonly string[]).includes(type) || (pos !== "V" && pos !== "N") || !forms) {
      throw new Error(`triggers.tsv line ${n + 1}: bad row`);
    }
    const flags = new Map<string, string>();
    for (const f of flagText.split(",").map((x) => x.trim()).filter(Boolean)) {
      const eq = f.indexOf("=");
      flags.set(eq < 0 ? f : f.slice(0, eq), eq < 0 ? "" : f.slice(eq + 1));
    }
    const obj = flags.has("obj")
      ? (flags.get("obj") ?? "").split("|").map((p) => normalizePhrase(p).split(" ").map(stripArticle)).filter((p) => p[0])
      : null;
    const entry: TriggerEntry = {
      type: type as EventType,
      mode: mode || null,
      pos,
      amb: flags.has("amb"),
      sym: flags.has("sym"),
      cas: flags.has("cas"),
      free: flags.has("free"),
      part: flags.has("part"),
      told: flags.has("told"),
      victim: flags.has("victim"),
      obj,
      notPrev: parseSet(flags.get("notprev")),
      notNext: parseSet(flags.get("notnext")),
      context: (flags.get("ctx") ?? "").split("|").filter(Boolean),
      line: n + 1,
    };
    const exclude = new Set([...parseSet(flags.get("noform"))].map(normalize));
    for (const f of (flags.get("noform") ?? "").split("|")) if (f) exclude.add(normalize(f));
    indexForms(index, pos, forms, entry, exclude);
  }
  return index;
}

export type CueEntry = { kind: string; value: string | null };

/** Parses cues.tsv into one index; a token may carry several cue kinds. */
export function parseCues(tsv: string): FormIndex<CueEntry> {
  const index = new FormIndex<CueEntry>();
  const lines = tsv.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim() || line.startsWith("#")) continue;
    const [kind, pos, forms, value] = line.split("\t");
    if (!kind || (pos !== "V" && pos !== "N") || !forms) throw new Error(`cues.tsv line ${n + 1}: bad row`);
    const entry: CueEntry = { kind, value: value?.trim() || null };
    if (pos === "V") {
      indexForms(index, "V", forms, entry);
    } else {
      // cue words are closed-class: exact forms only (plus the article-less form), no generated inflections
      for (const phrase of splitForms(forms)) {
        const words = phrase.split(" ");
        const rest = words.slice(1).map(stripArticle);
        index.add(words[0], { entry, rest, verb: null });
        const bare = stripArticle(words[0]);
        if (bare !== words[0]) index.add(bare, { entry, rest, verb: null });
      }
    }
  }
  return index;
}
