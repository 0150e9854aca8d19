/**
 * Golden Adaptive Cards, one per kind of answer. They paste into the Adaptive Cards Designer
 * (https://adaptivecards.io/designer, host app Microsoft Teams) for a visual check; a change to the
 * renderer or to the articles shows up here as a diff to review (`vitest -u` accepts it).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { answerToAdaptiveCard } from "../../../adapters/teams/render/answer-to-card.ts";
import { answerToSearchResults } from "../../../adapters/teams/render/search-results.ts";
import { welcomeCard } from "../../../adapters/teams/render/welcome-card.ts";
import type { Answer, Errdesk } from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";
import { cardProblems } from "./card-problems.ts";

/**
 * Suggestion ranking depends on every article, so a new article anywhere reorders it; this Answer
 * was captured from the core (`errdesk lookup --json "can't rdp no authority could be contacted"`)
 * so the golden changes only when the renderer does. Live suggestions are covered in cards.test.ts.
 */
const PINNED_SUGGESTIONS: Answer = {
  kind: "suggestions",
  lang: "en",
  view: "compact",
  text: "Maybe: No authority could be contacted for authentication",
  hits: [],
  suggestions: [
    {
      articleId: "sec-e-no-authenticating-authority",
      title: "No authority could be contacted for authentication",
      codes: ["0x80090311"],
      displayCodes: ["0x80090311"],
      score: 1,
    },
    {
      articleId: "logon-failure",
      title: "The user name or password is incorrect",
      codes: ["0x0000052E", "0x8007052E", "0xC000006D"],
      displayCodes: ["1326", "0x8007052E", "0xC000006D"],
      score: 0.682,
    },
    {
      articleId: null,
      title: "ERROR_RDP_PROTOCOL_ERROR",
      codes: ["0x00001B99"],
      displayCodes: ["7065"],
      score: 0.514,
    },
  ],
  truncated: false,
};

let errdesk: Errdesk;
beforeAll(async () => {
  errdesk = (await realErrdesk()).errdesk;
});

const golden = (name: string) => `../../golden/teams/${name}.json`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("golden Teams cards", () => {
  const cases: [name: string, make: () => Record<string, unknown>][] = [
    ["code-compact", () => answerToAdaptiveCard(errdesk.answer("0x80090311"))],
    [
      "code-fixes-es",
      () => answerToAdaptiveCard(errdesk.answerAction({ type: "fixes", value: "0x80070005", lang: "es" })),
    ],
    ["code-without-article", () => answerToAdaptiveCard(errdesk.answer("0x80041010"))],
    [
      "stop-code-details",
      () =>
        answerToAdaptiveCard(
          errdesk.answerAction({ type: "details", value: "0xEF", family: "bugcheck", lang: "en" }),
        ),
    ],
    ["several-codes", () => answerToAdaptiveCard(errdesk.answer("0x80070005 then System error 1326"))],
    ["suggestions", () => answerToAdaptiveCard(PINNED_SUGGESTIONS)],
    ["nothing", () => answerToAdaptiveCard(errdesk.answer("hello there"))],
    [
      "feedback-notice",
      () =>
        answerToAdaptiveCard(
          errdesk.answerAction({
            type: "feedback",
            helpful: true,
            value: "0x80090311",
            family: "hresult",
            lang: "en",
          }),
        ),
    ],
    [
      "welcome",
      () =>
        welcomeCard("en", [
          { text: "0x80090311", action: { type: "lookup", value: "0x80090311", lang: "en" } },
          { text: "can't RDP" },
        ]),
    ],
  ];

  for (const [name, make] of cases) {
    it(`${name} matches its golden file and is a valid card`, async () => {
      const card = make();
      expect(cardProblems(card)).toEqual([]);
      await expect(json(card)).toMatchFileSnapshot(golden(name));
    });
  }

  it("search results match their golden file", async () => {
    const results = [
      ...answerToSearchResults(errdesk.answer("0x80070005 and System error 1326")),
      ...answerToSearchResults(PINNED_SUGGESTIONS),
    ];
    await expect(json(results)).toMatchFileSnapshot(golden("search-results"));
  });
});
