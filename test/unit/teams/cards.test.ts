/**
 * Every card errdesk can send in Teams parses in the official adaptivecards library (schema 1.5)
 * with no error or warning, and stays under 28 KB: every code of every article, in every view, in
 * English and Spanish, plus suggestions, "nothing found", several codes and the welcome card.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../../adapters/shared/labels.ts";
import { answerToAdaptiveCard } from "../../../adapters/teams/render/answer-to-card.ts";
import { CARD_LIMITS, cardBytes } from "../../../adapters/teams/render/card-limits.ts";
import { welcomeCard } from "../../../adapters/teams/render/welcome-card.ts";
import { type Answer, type AnswerView, type Errdesk, formatValue, LANGUAGES } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";
import { cardProblems } from "./card-problems.ts";

const VIEWS: AnswerView[] = ["compact", "fixes", "details", "related"];

let errdesk: Errdesk;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
});

/** Problems and oversize, named by what produced the card, so a failure says which one. */
function check(label: string, answer: Answer, failures: string[]) {
  const card = answerToAdaptiveCard(answer);
  for (const problem of cardProblems(card)) failures.push(`${label}: ${problem}`);
  const bytes = cardBytes(card);
  if (bytes > CARD_LIMITS.maxBytes) failures.push(`${label}: ${bytes} bytes`);
}

describe("Adaptive Cards for Teams", () => {
  it("are valid 1.5 cards under 28 KB for every code of every article, view and language", () => {
    const failures: string[] = [];
    let count = 0;
    for (const lang of LANGUAGES) {
      for (const article of errdesk.knowledgeBase.articles(lang)) {
        for (const code of article.codes) {
          for (const view of VIEWS) {
            const value = formatValue(code.value);
            const answer = errdesk.answerAction({ type: view, value, family: code.family, lang });
            expect(answer.kind).toBe("codes");
            check(`${lang} ${article.id} ${code.family} ${value} ${view}`, answer, failures);
            count++;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(4 * 2 * 10);
  });

  it("are valid for suggestions, nothing found, notices and several codes, in both languages", () => {
    const failures: string[] = [];
    const values = errdesk.knowledgeBase
      .articles("en")
      .flatMap((a) => a.codes.map((c) => formatValue(c.value)));
    for (const lang of LANGUAGES) {
      for (const example of EXAMPLES[lang])
        check(`${lang} "${example}"`, errdesk.answer(example, { lang }), failures);
      check(`${lang} nothing`, errdesk.answer("hello, how are you", { lang }), failures);
      const several = errdesk.answer(values.join(" "), { lang });
      expect(several.hits.length).toBeGreaterThan(CARD_LIMITS.maxSections);
      check(`${lang} all ${several.hits.length} codes`, several, failures);
      check(`${lang} first six codes`, errdesk.answer(values.slice(0, 6).join(" "), { lang }), failures);
      check(
        `${lang} feedback`,
        errdesk.answerAction({ type: "feedback", helpful: false, value: "0x80070005", lang }),
        failures,
      );
      const welcome = welcomeCard(lang, [
        { text: "0x80070005", action: { type: "lookup", value: "0x80070005" } },
      ]);
      failures.push(...cardProblems(welcome).map((p) => `${lang} welcome: ${p}`));
    }
    expect(failures).toEqual([]);
  });

  it("shrinks a card with many long sections instead of exceeding the limit, with a way to the rest", () => {
    const biggest = errdesk.knowledgeBase
      .articles("es")
      .map((a) => ({ value: formatValue(a.codes[0]?.value ?? 0), size: JSON.stringify(a).length }))
      .sort((x, y) => y.size - x.size)
      .slice(0, CARD_LIMITS.maxSections);
    const answer = errdesk.answer(biggest.map((b) => b.value).join(" "), { lang: "es" });
    const full = answerToAdaptiveCard({ ...answer, hits: answer.hits.slice(0, 1) });
    const card = answerToAdaptiveCard(answer);
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_LIMITS.maxBytes);
    expect(cardProblems(card)).toEqual([]);
    // Whatever was cut is behind a button that asks the bot for that part of that code.
    const json = JSON.stringify(card);
    expect(cardBytes(full) * answer.hits.length).toBeGreaterThan(CARD_LIMITS.maxBytes);
    expect(json).toMatch(/\\"type\\":\\"(fixes|details|related)\\"/);
  });
});
