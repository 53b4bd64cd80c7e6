// npm run fuzz [-- --cases N --seed S]: property-based fuzzing of the pipeline and every parser,
// 100,000 cases by default, spread over the targets; prints cases, crashes and invariant violations.
import fc from "fast-check";
import { targets, type TargetName } from "../test/fuzz-targets.js";

const args = process.argv.slice(2);
const arg = (n: string, d: number) => { const i = args.indexOf(n); return i >= 0 ? Number(args[i + 1]) : d; };
const total = arg("--cases", 100_000);
const seed = arg("--seed", 20201010);
const names = Object.keys(targets) as TargetName[];
// The pipeline is the slowest and the most important target: it gets half the budget.
const share = (n: TargetName) => (n === "pipeline" ? 0.5 : 0.5 / (names.length - 1));
let failures = 0;
let ran = 0;
for (const name of names) {
  const numRuns = Math.round(total * share(name));
  const t = performance.now();
  const out = fc.check(targets[name](), { numRuns, seed });
  ran += out.numRuns;
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  if (out.failed) {
    failures++;
    console.log(`${name}: FAILED after ${out.numRuns} cases (${secs}s): ${out.errorInstance}\n  counterexample: ${JSON.stringify(out.counterexample)}`);
  } else console.log(`${name}: ${out.numRuns} cases, 0 failures (${secs}s)`);
}
console.log(`fuzz: ${ran} cases, ${failures} failing targets, seed ${seed}`);
process.exit(failures ? 1 : 0);
