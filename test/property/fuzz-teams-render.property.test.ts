/**
 * Fuzzing the Teams renderer (answerToAdaptiveCard) with a fixed seed over answers full of hostile
 * text and long lists: it never throws, every card parses in the official adaptivecards library
 * (schema 1.5) without an error or warning (test/unit/teams/card-problems.ts), and stays under the
 * 28 KB Teams allows everywhere (card-limits.ts). 10,000 runs, one in 100 with 1 MB fields; and 20 runs with 1 MB fields only.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { answerToAdaptiveCard } from "../../adapters/teams/render/answer-to-card.ts";
import { CARD_LIMITS, cardBytes } from "../../adapters/teams/render/card-limits.ts";
import { answerToSearchResults } from "../../adapters/teams/render/search-results.ts";
import type { Answer, Errdesk } from "../../src/index.ts";
import { realErrdesk } from "../helpers/errdesk.ts";
import { cardProblems } from "../unit/teams/card-problems.ts";
import { SEED } from "./fuzz-inputs.ts";
import { anyMutation, baseAnswers, fuzzedAnswer, mutations } from "./render-answers.ts";

let errdesk: Errdesk;
let bases: Answer[];
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
  bases = baseAnswers(errdesk);
});

function teamsProblems(answer: Answer): string[] {
  const card = answerToAdaptiveCard(answer);
  const problems = cardProblems(card);
  const bytes = cardBytes(card);
  if (bytes > CARD_LIMITS.maxBytes) problems.push(`${bytes} bytes (limit ${CARD_LIMITS.maxBytes})`);
  for (const result of answerToSearchResults(answer)) {
    const size = cardBytes(result);
    if (size > CARD_LIMITS.maxBytes) problems.push(`search result of ${size} bytes`);
  }
  return problems;
}

describe("Teams renderer over hostile answers", () => {
  it("never throws, parses as a valid 1.5 card and stays under 28 KB (10,000 runs, 1 MB fields among them)", {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(anyMutation(), (m) => {
        expect(teamsProblems(fuzzedAnswer(errdesk, bases, m))).toEqual([]);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it("never throws, parses and stays under 28 KB with 1 MB fields (20 runs)", { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(mutations("huge"), (m) => {
        expect(teamsProblems(fuzzedAnswer(errdesk, bases, m))).toEqual([]);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });
});
