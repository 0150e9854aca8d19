/**
 * `npm run bench`: latency of answer() over the real knowledge base, cold start and memory.
 * A first cut of the benchmark issue: the ×10/×100 knowledge bases, the plain fuse.js baseline
 * and the HTTP load come next. Prints a table; `--json FILE` writes the numbers too.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadErrdesk } from "../src/index.ts";

interface Series {
  name: string;
  samples: number[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function measure(name: string, inputs: string[], run: (text: string) => unknown, rounds: number): Series {
  for (const text of inputs) run(text); // warm up the JIT and the typo cache alike
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of inputs) {
      const start = performance.now();
      run(text);
      samples.push(performance.now() - start);
    }
  }
  return { name, samples };
}

const coldStart = performance.now();
const { errdesk } = await loadErrdesk();
const coldStartMs = performance.now() - coldStart;

const queries = JSON.parse(readFileSync("test/fixtures/dev-queries.json", "utf8")) as {
  query: string;
  kind: string;
  lang: string;
}[];
const log = readFileSync("test/fixtures/dev-queries.json", "utf8").slice(0, 20_000);
const series = [
  measure(
    "one code",
    ["0x80090311", "System error 1326 has occurred.", "Stop code: CRITICAL_PROCESS_DIED"],
    (t) => errdesk.answer(t),
    2_000,
  ),
  measure(
    "several codes",
    ["0x80070005 then error 1326 and STOP 0x0000007B, also E_FAIL and 0xC0000005"],
    (t) => errdesk.answer(t),
    2_000,
  ),
  measure(
    "symptoms (en)",
    queries.filter((q) => q.kind === "symptom" && q.lang === "en").map((q) => q.query),
    (t) => errdesk.answer(t),
    50,
  ),
  measure(
    "symptoms (es)",
    queries.filter((q) => q.kind === "symptom" && q.lang === "es").map((q) => q.query),
    (t) => errdesk.answer(t),
    50,
  ),
  measure("20 KB pasted log", [log], (t) => errdesk.answer(t), 100),
];

const rows = series.map(({ name, samples }) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    n: samples.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
});
const memoryMb = process.memoryUsage().rss / 1024 / 1024;

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(
  `errdesk bench · Node ${process.version} · ${errdesk.knowledgeBase.size} articles · ${errdesk.catalog.size} catalog entries`,
);
console.log(
  `cold start (catalog + articles + indexes): ${coldStartMs.toFixed(0)} ms · resident memory: ${memoryMb.toFixed(0)} MB\n`,
);
console.log(
  `${"answer()".padEnd(20)}${"n".padStart(8)}${"p50".padStart(12)}${"p99".padStart(12)}${"max".padStart(12)}`,
);
for (const r of rows)
  console.log(
    `${r.name.padEnd(20)}${String(r.n).padStart(8)}${fmt(r.p50).padStart(12)}${fmt(r.p99).padStart(12)}${fmt(r.max).padStart(12)}`,
  );

const jsonAt = process.argv.indexOf("--json");
if (jsonAt >= 0) {
  const file = process.argv[jsonAt + 1] ?? "bench/results/latest.json";
  writeFileSync(file, `${JSON.stringify({ node: process.version, coldStartMs, memoryMb, rows }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}
