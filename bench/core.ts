/**
 * Latency of answer() per kind of message, one call at a time, timed with performance.now().
 * Every input is answered before timing, for half a second at least (JIT and typo cache warm), and
 * the heap is collected between series so that one series does not pay for another's garbage.
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Errdesk } from "../src/index.ts";
import { type DevQuery, pastedLog, severalCodeMessages } from "./inputs.ts";

export interface Latency {
  name: string;
  /** Number of timed calls. */
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A full collection, then a pause while V8's background threads sweep the heap: otherwise the
 * first few hundred milliseconds of allocation after gc() pay for the sweeping (18 ms instead of
 * 2 ms per symptom query over the ×100 knowledge base, measured).
 */
export function collectGarbage(): void {
  gc();
  Atomics.wait(pause, 0, 0, 300);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export function summarize(name: string, samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length),
  };
}

export interface TimeOptions {
  /** After one full round, keep going while under `budgetMs` and short of `minSamples` calls… */
  minSamples: number;
  /** …or of this many rounds over every input. */
  minRounds?: number;
  budgetMs?: number;
  /** How many inputs to answer untimed first, for at least 500 ms (all by default). */
  warmup?: number;
}

/** Times `run` on every input, round after round; returns one sample (ms) per call. */
export function time(
  inputs: readonly string[],
  run: (text: string) => unknown,
  options: TimeOptions,
): number[] {
  const { minSamples, minRounds = 1, budgetMs = Number.POSITIVE_INFINITY, warmup = inputs.length } = options;
  // One untimed pass, and more for fast inputs until the JIT has had half a second with them.
  const warmStart = performance.now();
  do for (const text of inputs.slice(0, warmup)) run(text);
  while (performance.now() - warmStart < 500);
  collectGarbage();
  const samples: number[] = [];
  const begin = performance.now();
  const more = (round: number) =>
    round === 0 ||
    ((round < minRounds || samples.length < minSamples) && performance.now() - begin < budgetMs);
  for (let round = 0; more(round); round++) {
    for (const text of inputs) {
      const start = performance.now();
      run(text);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export interface CoreInputs {
  oneCode: string[];
  severalCodes: string[];
  symptomsEn: string[];
  symptomsEs: string[];
  logs: string[];
}

/** Sorted by what errdesk finds in them, so that "one code" really has one. */
export function coreInputs(
  queries: readonly DevQuery[],
  errdesk: Errdesk,
  symptomsPerLanguage = Infinity,
): CoreInputs {
  const codeQueries = queries.filter((q) => q.kind === "code").map((q) => q.query);
  const hits = (text: string) => errdesk.answer(text).hits.length;
  const symptoms = (lang: string) =>
    queries
      .filter((q) => q.kind === "symptom" && q.lang === lang)
      .map((q) => q.query)
      .slice(0, symptomsPerLanguage);
  return {
    oneCode: codeQueries.filter((q) => hits(q) === 1),
    severalCodes: severalCodeMessages(codeQueries, 100).filter((q) => hits(q) >= 2),
    symptomsEn: symptoms("en"),
    symptomsEs: symptoms("es"),
    logs: [1, 2, 3, 4, 5].map((seed) => pastedLog(seed)),
  };
}

/** Timed calls wanted per series; a series stops at `budgetMs` (after one full round). */
export interface CoreRounds {
  codes: number;
  symptoms: number;
  logs: number;
  minRounds: number;
  budgetMs: number;
}

export interface CoreResult {
  factor: number;
  articles: number;
  buildMs: number;
  series: Latency[];
}

/** The first-sight series' name: each symptom query answered once by an errdesk new to it. */
export const FIRST_SIGHT = "symptom sentence, first sight (all)";

/**
 * Each symptom query once, on an errdesk that has not answered it before: its misspelt words are
 * corrected, not found in the typo cache as they are from the second round on. What a new question
 * costs; the JIT is warmed by the caller on another errdesk.
 */
export function measureFirstSight(errdesk: Errdesk, inputs: CoreInputs): Latency {
  collectGarbage();
  const samples = [...inputs.symptomsEn, ...inputs.symptomsEs].map((text) => {
    const start = performance.now();
    errdesk.answer(text);
    return performance.now() - start;
  });
  return summarize(FIRST_SIGHT, samples);
}

export function measureCore(errdesk: Errdesk, inputs: CoreInputs, rounds: CoreRounds): Latency[] {
  const answer = (text: string) => errdesk.answer(text);
  const series = (inputs: string[], minSamples: number) =>
    time(inputs, answer, { minSamples, minRounds: rounds.minRounds, budgetMs: rounds.budgetMs });
  const en = series(inputs.symptomsEn, rounds.symptoms);
  const es = series(inputs.symptomsEs, rounds.symptoms);
  return [
    summarize("message with one code", series(inputs.oneCode, rounds.codes)),
    summarize("message with several codes", series(inputs.severalCodes, rounds.codes)),
    summarize("symptom sentence (en)", en),
    summarize("symptom sentence (es)", es),
    summarize("symptom sentence (all)", [...en, ...es]),
    summarize("20 KB pasted log", series(inputs.logs, rounds.logs)),
  ];
}
