// The `rasd` command: each subcommand lives in its own *-command.ts and registers itself here.
import { Command } from "commander";
import { ENGINE_VERSION } from "../engine/index.js";
import { registerAnalyze } from "./analyze-command.js";

export function buildProgram(): Command {
  const program = new Command("rasd")
    .description("Rasd (رصد): structured, sourced event data from Arabic news")
    .version(ENGINE_VERSION)
    .showHelpAfterError();
  registerAnalyze(program);
  return program;
}
