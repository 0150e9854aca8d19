/**
 * `npm run bench` (issue 7): answer() latency over the real knowledge base and ×10, ×100 synthetic
 * ones, cold start and memory in a fresh process, symptom search against plain fuse.js, and HTTP
 * load against the real app and a bare Bolt app. Prints Markdown tables and the targets, met or
 * MISSED (never a failing exit for a miss).
 *
 *   npm run bench                                   full run, under 5 minutes on 2 cores
 *   npm run bench -- --quick                        smoke run: fewer rounds, 2 s HTTP
 *   npm run bench -- --json bench/results/latest.json   also write every number as JSON
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_KNOWLEDGE_DIR, loadCatalog } from "../src/index.ts";
import {
  type CoreInputs,
  type CoreResult,
  collectGarbage,
  coreInputs,
  measureCore,
  measureFirstSight,
} from "./core.ts";
import { type BaselineResult, compareWithFuse } from "./fuse-baseline.ts";
import { measureHttp } from "./http.ts";
import { readDevQueries } from "./inputs.ts";
import { measureColdStart } from "./processes.ts";
import { describeMachine, evaluateTargets, formatReport, type Results } from "./report.ts";
import { buildScaled, realArticles } from "./synthetic-kb.ts";

const { values: args } = parseArgs({
  options: { quick: { type: "boolean", default: false }, json: { type: "string" } },
});
const quick = args.quick === true;
const plan = quick
  ? {
      coldStarts: 1,
      symptomsPerLanguage: 60,
      rounds: { codes: 300, symptoms: 150, logs: 20, minRounds: 1, budgetMs: 1_500 },
      fuseBudgetMs: 5_000,
      httpS: 2,
      warmupS: 0.5,
    }
  : {
      coldStarts: 3,
      symptomsPerLanguage: Number.POSITIVE_INFINITY,
      rounds: { codes: 3_000, symptoms: 1_000, logs: 300, minRounds: 2, budgetMs: 10_000 },
      fuseBudgetMs: 45_000,
      httpS: 8,
      warmupS: 1,
    };

const started = performance.now();
const machine = describeMachine();
const step = (what: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}\n`);

step("cold start in fresh processes");
const coldStart = await measureColdStart(plan.coldStarts);

step("loading the catalog and the articles");
const catalog = await loadCatalog(DEFAULT_KNOWLEDGE_DIR);
const real = await realArticles(DEFAULT_KNOWLEDGE_DIR, catalog);
const queries = readDevQueries();

const core: CoreResult[] = [];
let inputs: CoreInputs | undefined;
let baseline: BaselineResult | undefined;
for (const factor of [1, 10, 100]) {
  step(`building the ×${factor} knowledge base`);
  const scaled = buildScaled(real, catalog, factor);
  inputs ??= coreInputs(queries, scaled.errdesk, plan.symptomsPerLanguage);
  // First sight before the repeated rounds fill the typo cache; at ×1 on a second, fresh errdesk,
  // once the first has warmed the JIT (×10 and ×100 find it warm).
  const fresh = factor === 1 ? undefined : measureFirstSight(scaled.errdesk, inputs);
  step(`answer() latency over ×${factor} (${scaled.articles} articles)`);
  const series = measureCore(scaled.errdesk, inputs, plan.rounds);
  const firstSight = fresh ?? measureFirstSight(buildScaled(real, catalog, 1).errdesk, inputs);
  core.push({ factor, articles: scaled.articles, buildMs: scaled.buildMs, series: [...series, firstSight] });
  if (factor === 1) {
    step(`symptom search against plain fuse.js (up to ${plan.fuseBudgetMs / 1000} s of fuse.js)`);
    baseline = compareWithFuse(scaled.errdesk, real, queries, {
      minSamples: plan.rounds.symptoms,
      fuseBudgetMs: plan.fuseBudgetMs,
    });
  }
  collectGarbage();
}

step(`HTTP load (${plan.httpS} s per endpoint)`);
const http = await measureHttp(plan.httpS, plan.warmupS);

machine.loadEnd = loadavg()[0] ?? 0;
const results: Results = {
  mode: quick ? "quick" : "full",
  machine,
  knowledge: { articles: real.length, catalogEntries: catalog.size, devQueries: queries.length },
  coldStart,
  core,
  baseline: baseline as BaselineResult,
  http,
  totalS: (performance.now() - started) / 1000,
};
const targets = evaluateTargets(results);
process.stdout.write(`\n${formatReport(results, targets)}\n`);

if (args.json) {
  mkdirSync(path.dirname(args.json), { recursive: true });
  writeFileSync(args.json, `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
  process.stdout.write(`wrote ${args.json}\n`);
}
