/** The bench's results as tables for people (Markdown, every number with its unit) and targets. */
import { cpus, loadavg, totalmem } from "node:os";
import { type CoreResult, FIRST_SIGHT, type Latency } from "./core.ts";
import type { BaselineResult } from "./fuse-baseline.ts";
import type { HttpResult, LoadResult } from "./http.ts";
import type { ColdStart } from "./processes.ts";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  date: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  loadStart: number;
  loadEnd?: number;
}

export const describeMachine = (): Machine => ({
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGb: totalmem() / 2 ** 30,
  node: process.version,
  date: new Date().toISOString(),
  loadStart: loadavg()[0] ?? 0,
});

export interface Results {
  mode: "full" | "quick";
  machine: Machine;
  knowledge: { articles: number; catalogEntries: number; devQueries: number };
  coldStart: ColdStart & { readyRuns: number[] };
  core: CoreResult[];
  baseline: BaselineResult;
  http: HttpResult;
  totalS: number;
}

export interface Target {
  target: string;
  /** The number compared with `limit` (ms, MB, a ratio or a factor), and how it reads. */
  value: number;
  limit: number;
  measured: string;
  met: boolean;
}

const ms = (x: number) => (x < 10 ? `${x.toFixed(3)} ms` : `${x.toFixed(1)} ms`);
const mb = (x: number) => `${x.toFixed(0)} MB`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const times = (x: number) => `${x >= 100 ? x.toFixed(0) : x.toFixed(1)}×`;

const series = (core: CoreResult | undefined, name: string): Latency | undefined =>
  core?.series.find((s) => s.name === name);
const worst = (cores: readonly CoreResult[], name: string) =>
  Math.max(...cores.map((c) => series(c, name)?.p99 ?? Number.POSITIVE_INFINITY));

export function evaluateTargets(r: Results): Target[] {
  const x1 = r.core.find((c) => c.factor === 1);
  const x100 = r.core.find((c) => c.factor === 100);
  const symptom1 = series(x1, "symptom sentence (all)")?.p99 ?? Number.NaN;
  const symptom100 = series(x100, "symptom sentence (all)")?.p99 ?? Number.NaN;
  const firstSight1 = series(x1, FIRST_SIGHT)?.p99 ?? Number.NaN;
  const firstSight100 = series(x100, FIRST_SIGHT)?.p99 ?? Number.NaN;
  const firstSightGrowth = firstSight100 / firstSight1;
  const oneCode = worst(r.core, "message with one code");
  const log = worst(r.core, "20 KB pasted log");
  const b = r.baseline;
  const growth = symptom100 / symptom1;
  const atMost = (target: string, value: number, limit: number, measured: string) => ({
    target,
    value,
    limit,
    measured,
    met: value <= limit,
  });
  const recallOk = b.oursOnSample.recallAt3 >= b.fuse.recallAt3;
  return [
    atMost("symptom query p99 ≤ 5 ms at ×100 (queries seen before)", symptom100, 5, ms(symptom100)),
    atMost("symptom query p99 ≤ 5 ms at ×100 (first sight)", firstSight100, 5, ms(firstSight100)),
    atMost("message with a code p99 ≤ 0.5 ms (worst KB)", oneCode, 0.5, ms(oneCode)),
    atMost("20 KB pasted log p99 ≤ 20 ms (worst KB)", log, 20, ms(log)),
    {
      target: "≥ 20× faster than plain fuse.js (p50) at equal or better recall@3",
      value: b.speedupP50,
      limit: 20,
      measured: `${times(b.speedupP50)}, recall@3 ${pct(b.oursOnSample.recallAt3)} vs ${pct(b.fuse.recallAt3)}`,
      met: b.speedupP50 >= 20 && recallOk,
    },
    {
      target: "Slack endpoint throughput ≥ 80 % of bare Bolt",
      value: r.http.slackVsFloor,
      limit: 0.8,
      measured: pct(r.http.slackVsFloor),
      met: r.http.slackVsFloor >= 0.8,
    },
    atMost(
      "cold start ≤ 1 s (load catalog + KB, build indexes)",
      r.coldStart.loadMs,
      1000,
      ms(r.coldStart.loadMs),
    ),
    atMost("resident memory ≤ 200 MB with ×1", r.coldStart.rssMb, 200, mb(r.coldStart.rssMb)),
    {
      target: "symptom p99 grows < 10× from ×1 to ×100 (queries seen before)",
      value: growth,
      limit: 10,
      measured: `${times(growth)} (${ms(symptom1)} → ${ms(symptom100)})`,
      met: growth < 10,
    },
    {
      target: "symptom p99 grows < 10× from ×1 to ×100 (first sight)",
      value: firstSightGrowth,
      limit: 10,
      measured: `${times(firstSightGrowth)} (${ms(firstSight1)} → ${ms(firstSight100)})`,
      met: firstSightGrowth < 10,
    },
  ];
}

const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

const loadRow = (l: LoadResult) => [
  l.name,
  `${l.reqPerSec.toFixed(0)} req/s`,
  `${l.p50Ms} ms`,
  `${l.p99Ms} ms`,
  `${l.maxMs} ms`,
  l.repliesPerSec === undefined ? "–" : `${l.repliesPerSec.toFixed(0)} /s`,
  String(l.failed),
];

export function formatReport(r: Results, targets: Target[]): string {
  const m = r.machine;
  const c = r.coldStart;
  const b = r.baseline;
  const h = r.http;
  const loads = `load average ${m.loadStart.toFixed(2)} at start, ${(m.loadEnd ?? 0).toFixed(2)} at end`;
  const contender = (name: string, x: BaselineResult["ours"], n: number) => [
    name,
    String(n),
    ms(x.latency.p50),
    ms(x.latency.p99),
    pct(x.recallAt3),
  ];
  return [
    `## errdesk bench (${r.mode})`,
    "",
    `${m.date} · ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(0)} GB · Node ${m.node} · ${loads}`,
    `knowledge base: ${r.knowledge.articles} articles, ${r.knowledge.catalogEntries} catalog values · dev set: ${r.knowledge.devQueries} queries`,
    "",
    "### answer() latency, one call at a time",
    "",
    table(
      ["message", "KB", "calls", "p50", "p99", "max"],
      r.core.flatMap((core) =>
        core.series.map((s) => [s.name, `×${core.factor}`, String(s.n), ms(s.p50), ms(s.p99), ms(s.max)]),
      ),
    ),
    "",
    r.core.map((k) => `×${k.factor}: ${k.articles} articles, indexes built in ${ms(k.buildMs)}`).join(" · "),
    "",
    `### Cold start and memory (fresh process, median of ${c.readyRuns.length})`,
    "",
    table(
      ["step", "value"],
      [
        ["Node + tsx boot", ms(c.bootMs)],
        ["import src/index.ts", ms(c.importMs)],
        ["loadErrdesk: catalog, articles, lint, indexes (cold start)", ms(c.loadMs)],
        ["process start → ready to answer", ms(c.readyMs)],
        ["RSS when ready (×1)", mb(c.rssReadyMb)],
        ["RSS after answering the dev set and a log once (×1)", mb(c.rssMb)],
        ["V8 heap used then", mb(c.heapUsedMb)],
      ],
    ),
    "",
    `### Symptom search against plain fuse.js over every article field (×1, ${b.queries} symptom queries)`,
    "",
    table(
      ["search", "queries", "p50", "p99", "recall@3"],
      [
        contender("ours, answer()", b.ours, b.queries),
        contender("ours, answer(), fuse.js sample", b.oursOnSample, b.sampled),
        contender("plain fuse.js, default options", b.fuse, b.sampled),
      ],
    ),
    "",
    `ours is ${times(b.speedupP50)} faster at p50 and ${times(b.speedupP99)} at p99 on the same ${b.sampled} queries`,
    "",
    `### HTTP on 127.0.0.1 (autocannon, ${h.connections} connections, ${h.durationS} s each)`,
    "",
    table(
      ["endpoint", "throughput", "p50", "p99", "max", "replies", "failed"],
      [loadRow(h.floor), loadRow(h.floorReply), loadRow(h.slack), loadRow(h.teams)],
    ),
    "",
    `Slack: ours / floor = ${pct(h.slackVsFloor)} · ours / (floor + 1 reply) = ${pct(h.slackVsFloorReply)}`,
    `errdesk server: ready ${ms(h.server.readyMs)} after process start · RSS after the load ${mb(h.server.rssMb)}, ${mb(h.server.rssAfterGcMb)} after a full GC (heap ${mb(h.server.heapUsedMb)})`,
    "",
    "### Targets",
    "",
    table(
      ["target", "measured", "result"],
      targets.map((t) => [t.target, t.measured, t.met ? "met" : "MISSED"]),
    ),
    "",
    `total time: ${r.totalS.toFixed(0)} s`,
  ].join("\n");
}
