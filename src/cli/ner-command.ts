// `rasd ner [FILE|-] [--tagset anercorp|rasd]`: CoNLL tokens in, `token<TAB>tag` (BIO) out.
import type { Command } from "commander";
import { RasdError } from "../core/errors.js";
import { loadNerModel } from "../ner/load.js";
import { tagConll, type Tagset } from "../ner/index.js";
import { reportError } from "./errors.js";
import { readAllBytes } from "./read-source.js";

const MAX_BYTES = 256 * 1024 * 1024;

export function registerNer(program: Command): void {
  program
    .command("ner")
    .description("tag named entities in CoNLL input (one token per line, token in the first column, blank line between sentences)")
    .argument("[source]", "a CoNLL file, or - for stdin", "-")
    .option("--tagset <set>", "anercorp (B-/I- PERS, LOC, ORG, MISC) or rasd (PER, ORG, GPE, LOC, FAC, MISC)", "rasd")
    .action(async (source: string, opts: { tagset: string }) => {
      try {
        if (opts.tagset !== "anercorp" && opts.tagset !== "rasd") {
          throw new RasdError("BAD_INPUT", `--tagset must be anercorp or rasd, not "${opts.tagset}"`);
        }
        const bytes = await readAllBytes(source, MAX_BYTES);
        const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        process.stdout.write(tagConll(loadNerModel(), text, opts.tagset as Tagset));
      } catch (err) {
        reportError(err instanceof TypeError ? new RasdError("INVALID_UTF8", String(source), { cause: err }) : err);
      }
    });
}
