/**
 * Run in a fresh process by cold-start.ts: how long until errdesk can answer, and how much memory
 * it holds then. Prints one JSON line. performance.now() counts from the start of this process.
 */
import { performance } from "node:perf_hooks";

const bootMs = performance.now();
const { loadErrdesk } = await import("../../src/index.ts");
const importMs = performance.now() - bootMs;
const loadStart = performance.now();
const { errdesk } = await loadErrdesk();
const loadMs = performance.now() - loadStart;
const readyMs = performance.now();
const rssReadyMb = process.memoryUsage().rss / 2 ** 20;

// A first wave of questions: the memory a freshly started bot settles at once it answers.
const { readDevQueries, pastedLog } = await import("../inputs.ts");
for (const q of readDevQueries()) errdesk.answer(q.query);
errdesk.answer(pastedLog(1));
const memory = process.memoryUsage();

process.stdout.write(
  `${JSON.stringify({
    bootMs,
    importMs,
    loadMs,
    readyMs,
    rssReadyMb,
    rssMb: memory.rss / 2 ** 20,
    heapUsedMb: memory.heapUsed / 2 ** 20,
    articles: errdesk.knowledgeBase.size,
  })}\n`,
);
