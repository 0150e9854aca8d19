import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Errdesk, Language } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";

interface DevQuery {
  query: string;
  lang: Language;
  kind: "symptom" | "code";
  expect: { articleId?: string; value?: string; family?: string };
}

const DIR = "test/fixtures/dev-queries";
const QUERIES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(`${DIR}/${f}`, "utf8")) as DevQuery[]);

let errdesk: Errdesk;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
});

/** 1-based rank of the expected article among the suggestions, or Infinity. */
function symptomRank(q: DevQuery): number {
  const ids = errdesk.answer(q.query).suggestions.map((s) => s.articleId);
  const index = ids.indexOf(q.expect.articleId ?? "");
  return index < 0 ? Number.POSITIVE_INFINITY : index + 1;
}

function codeRight(q: DevQuery): boolean {
  const hit = errdesk.answer(q.query).hits[0];
  return hit?.value === q.expect.value && hit?.interpretations[0]?.family === q.expect.family;
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

describe("development query set (test/fixtures/dev-queries/*.json)", () => {
  it("has at least 200 queries, at least 60 of them in Spanish", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(200);
    expect(QUERIES.filter((q) => q.lang === "es").length).toBeGreaterThanOrEqual(60);
  });

  it("finds the right article for symptom descriptions (recall@1 and @3)", () => {
    const symptoms = QUERIES.filter((q) => q.kind === "symptom");
    const ranks = symptoms.map((q) => ({ q, rank: symptomRank(q) }));
    const at1 = ranks.filter((r) => r.rank <= 1).length;
    const at3 = ranks.filter((r) => r.rank <= 3).length;
    const misses = ranks
      .filter((r) => r.rank > 3)
      .map((r) => `  [${r.q.lang}] ${r.q.query} → expected ${r.q.expect.articleId}`);
    for (const lang of ["en", "es"] as const) {
      const mine = ranks.filter((r) => r.q.lang === lang);
      console.info(
        `symptom queries (${lang}): recall@1 ${pct(mine.filter((r) => r.rank <= 1).length, mine.length)}, recall@3 ${pct(mine.filter((r) => r.rank <= 3).length, mine.length)} of ${mine.length}`,
      );
    }
    console.info(
      `symptom queries: recall@1 ${pct(at1, symptoms.length)}, recall@3 ${pct(at3, symptoms.length)} of ${symptoms.length}${misses.length ? `\nmissed:\n${misses.join("\n")}` : ""}`,
    );
    expect(at3 / symptoms.length).toBeGreaterThanOrEqual(0.95);
  });

  it("decodes every code query to the expected value and family", () => {
    const codes = QUERIES.filter((q) => q.kind === "code");
    const wrong = codes
      .filter((q) => !codeRight(q))
      .map((q) => {
        const hit = errdesk.answer(q.query).hits[0];
        return `  ${q.query} → ${hit?.value ?? "nothing"} ${hit?.interpretations[0]?.family ?? ""} (expected ${q.expect.value} ${q.expect.family})`;
      });
    console.info(
      `code queries: ${pct(codes.length - wrong.length, codes.length)} right of ${codes.length}${wrong.length ? `\nwrong:\n${wrong.join("\n")}` : ""}`,
    );
    expect(wrong).toEqual([]);
  });
});
