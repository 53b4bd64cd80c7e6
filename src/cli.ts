#!/usr/bin/env node
import { buildProgram } from "./cli/program.js";
import { reportError } from "./cli/errors.js";

buildProgram().parseAsync(process.argv).catch(reportError);
