/**
 * The obvious first version of symptom search: one fuse.js index over every text field of every
 * article, default options. Measured beside ours on the same symptom queries of the dev set, for
 * latency and recall@3 (the dev-set test's definition: the expected article among the first three
 * distinct article ids).
 */
import Fuse from "fuse.js";
import type { Article, Errdesk } from "../src/index.ts";
import { type Latency, summarize, time } from "./core.ts";
import { type DevQuery, seeded } from "./inputs.ts";

const EVERY_TEXT_FIELD = [
  "title",
  "summary",
  "message",
  "symptoms",
  "codes.names",
  "causes.title",
  "causes.text",
  "fixes.title",
  "fixes.riskNote",
  "fixes.text",
  "fixes.commands.code",
  "details",
  "related.names",
  "related.note",
  "references.title",
  "contexts",
];

export function plainFuse(articles: readonly Article[]) {
  const fuse = new Fuse(articles, { keys: EVERY_TEXT_FIELD });
  return (query: string): TopIds => {
    const ids: string[] = [];
    for (const r of fuse.search(query)) {
      if (!ids.includes(r.item.id)) ids.push(r.item.id);
      if (ids.length === 3) break;
    }
    return ids;
  };
}

export const oursTopIds = (errdesk: Errdesk) => (query: string) =>
  errdesk.answer(query).suggestions.map((s) => s.articleId);

type TopIds = (string | null)[];

const recallAt3 = (queries: readonly DevQuery[], ids: (q: DevQuery) => TopIds) =>
  queries.filter((q) =>
    ids(q)
      .slice(0, 3)
      .includes(q.expect.articleId ?? ""),
  ).length / Math.max(1, queries.length);

export interface Contender {
  latency: Latency;
  /** 0 … 1 over the dev set's symptom queries. */
  recallAt3: number;
}

export interface BaselineResult {
  /** Symptom queries in the dev set, and how many of them (a spread-out sample) fuse.js answered. */
  queries: number;
  sampled: number;
  ours: Contender;
  /** Ours over the same sample as fuse.js. */
  oursOnSample: Contender;
  fuse: Contender;
  /** fuse.js p50 / ours p50, and the same for p99, over the sample. */
  speedupP50: number;
  speedupP99: number;
}

/** A fixed order that spreads any prefix over every file and both languages. */
const spread = (queries: readonly DevQuery[]) =>
  queries
    .map((q, i) => ({ q, key: seeded(i + 1)() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.q);

/**
 * Plain fuse.js takes seconds per query here, so it answers a spread-out sample of the symptom
 * queries within `fuseBudgetMs`; ours answers all of them and, for the comparison, the same sample.
 */
export function compareWithFuse(
  errdesk: Errdesk,
  articles: readonly Article[],
  queries: readonly DevQuery[],
  options: { minSamples: number; fuseBudgetMs: number },
): BaselineResult {
  const symptoms = spread(queries.filter((q) => q.kind === "symptom" && q.expect.articleId));
  const fuse = plainFuse(articles);
  const ours = oursTopIds(errdesk);
  const sample: DevQuery[] = [];
  const fuseSamples: number[] = [];
  fuse(symptoms[0]?.query ?? "");
  const fuseIds = new Map<DevQuery, TopIds>();
  const begin = performance.now();
  for (const q of symptoms) {
    if (sample.length >= 3 && performance.now() - begin > options.fuseBudgetMs) break;
    const start = performance.now();
    fuseIds.set(q, fuse(q.query));
    fuseSamples.push(performance.now() - start);
    sample.push(q);
  }
  const texts = (qs: DevQuery[]) => qs.map((q) => q.query);
  const oursAll = summarize(
    "ours",
    time(texts(symptoms), ours, { minSamples: options.minSamples, minRounds: 2 }),
  );
  const oursSample = summarize(
    "ours",
    time(texts(sample), ours, { minSamples: options.minSamples, minRounds: 2 }),
  );
  const fuseLatency = summarize("plain fuse.js", fuseSamples);
  return {
    queries: symptoms.length,
    sampled: sample.length,
    ours: { latency: oursAll, recallAt3: recallAt3(symptoms, (q) => ours(q.query)) },
    oursOnSample: { latency: oursSample, recallAt3: recallAt3(sample, (q) => ours(q.query)) },
    fuse: { latency: fuseLatency, recallAt3: recallAt3(sample, (q) => fuseIds.get(q) ?? []) },
    speedupP50: fuseLatency.p50 / oursSample.p50,
    speedupP99: fuseLatency.p99 / oursSample.p99,
  };
}
