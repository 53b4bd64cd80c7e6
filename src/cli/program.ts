// The `rasd` command: each subcommand lives in its own *-command.ts and registers itself here.
import { Command } from "commander";
import { ENGINE_VERSION } from "../engine/index.js";
import { registerAnalyze } from "./analyze-command.js";
import { registerExport } from "./export-command.js";
import { registerEnqueue } from "./enqueue-command.js";
import { registerIngest } from "./ingest-command.js";
import { registerNer } from "./ner-command.js";
import { registerReanalyze } from "./reanalyze-command.js";
import { registerSearch } from "./search-command.js";
import { registerServe } from "./serve-command.js";
import { registerWatch } from "./watch-command.js";
import { registerWorker } from "./worker-command.js";

export function buildProgram(): Command {
  const program = new Command("rasd")
    .description("Rasd (رصد): structured, sourced event data from Arabic news")
    .version(ENGINE_VERSION)
    .showHelpAfterError();
  registerAnalyze(program);
  registerNer(program);
  registerIngest(program);
  registerWatch(program);
  registerSearch(program);
  registerServe(program);
  registerExport(program);
  registerReanalyze(program);
  registerEnqueue(program);
  registerWorker(program);
  return program;
}
