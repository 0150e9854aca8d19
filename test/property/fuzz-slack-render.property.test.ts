/**
 * Fuzzing the Slack renderer (answerToBlocks, answerToModal, homeView) with a fixed seed over
 * answers full of hostile text and long lists: it never throws, and every message, modal and App
 * Home stays within Block Kit's limits as check-limits.ts (the same checker the wiring runs
 * before sending) measures them. 10,000 runs, one in 100 with 1 MB fields; and 20 runs with 1 MB fields only.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { answerToBlocks } from "../../adapters/slack/render/answer-to-blocks.ts";
import { blockKitProblems } from "../../adapters/slack/render/check-limits.ts";
import { LIMITS } from "../../adapters/slack/render/limits.ts";
import { answerToModal, homeView } from "../../adapters/slack/render/views.ts";
import type { Answer, Errdesk } from "../../src/index.ts";
import { realErrdesk } from "../helpers/errdesk.ts";
import { hostileText, SEED } from "./fuzz-inputs.ts";
import { anyMutation, baseAnswers, fuzzedAnswer, mutations } from "./render-answers.ts";

let errdesk: Errdesk;
let bases: Answer[];
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
  bases = baseAnswers(errdesk);
});

function slackProblems(answer: Answer): string[] {
  const problems: string[] = [];
  for (const share of [false, true]) {
    const message = answerToBlocks(answer, { share });
    problems.push(...blockKitProblems(message.blocks));
    if (message.text.length > LIMITS.messageText) problems.push(`text has ${message.text.length} characters`);
    JSON.stringify(message);
  }
  const modal = answerToModal(answer);
  problems.push(...blockKitProblems(modal.blocks, LIMITS.viewBlocks).map((p) => `modal: ${p}`));
  if ((modal.title?.text.length ?? 0) > LIMITS.modalTitle) problems.push("modal title too long");
  return problems;
}

describe("Slack renderer over hostile answers", () => {
  it("never throws and stays within Block Kit limits (10,000 runs, 1 MB fields among them)", {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(anyMutation(), (m) => {
        expect(slackProblems(fuzzedAnswer(errdesk, bases, m))).toEqual([]);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });

  it("never throws and stays within Block Kit limits with 1 MB fields (20 runs)", {
    timeout: 240_000,
  }, () => {
    fc.assert(
      fc.property(mutations("huge"), (m) => {
        expect(slackProblems(fuzzedAnswer(errdesk, bases, m))).toEqual([]);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it("builds an App Home within limits from any recent lookups (10,000 runs)", { timeout: 240_000 }, () => {
    const recent = fc.array(fc.record({ text: hostileText(10), result: hostileText(10), at: fc.nat() }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.constantFrom("en", "es") as fc.Arbitrary<"en" | "es">, recent, (lang, lookups) => {
        expect(blockKitProblems(homeView(lang, lookups).blocks, LIMITS.viewBlocks)).toEqual([]);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});
