/**
 * Answer → Adaptive Card (schema 1.5), pure. The bot sends it, the messaging extension inserts it
 * and the playground renders it with the official adaptivecards renderer.
 * @see https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card
 */
import type { Answer } from "../../../src/index.ts";
import { boundAnswer } from "../../shared/bound-answer.ts";
import { LABELS } from "../../shared/labels.ts";
import { adaptiveCard } from "./card.ts";
import { CARD_LIMITS, fitsInBytes } from "./card-limits.ts";
import { codeSection, moreCodes, type SectionLevel } from "./code-section.ts";
import { type CardElement, container, subtle, textBlock } from "./elements.ts";
import { fitCard } from "./fit-card.ts";
import { nothingBody, suggestionsBody } from "./suggestions-body.ts";
import { shorten } from "./teams-markdown.ts";

/** Shrinking order: the first section keeps its detail longest, the others give way first. */
const PLANS: readonly (readonly [first: SectionLevel, rest: SectionLevel])[] = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 2],
  [2, 2],
  [2, 3],
  [3, 3],
];

function top(answer: Answer): CardElement[] {
  const l = LABELS[answer.lang];
  return [
    ...(answer.notice
      ? [container([textBlock(answer.notice, { weight: "Bolder" })], { style: "accent", bleed: true })]
      : []),
    ...(answer.truncated ? [subtle(l.truncated)] : []),
  ];
}

function codesBody(answer: Answer, [first, rest]: readonly [SectionLevel, SectionLevel]): CardElement[] {
  const shown = answer.hits.slice(0, CARD_LIMITS.maxSections);
  const several = answer.hits.length > 1;
  return [
    ...shown.map((hit, i) =>
      codeSection(hit, i, { lang: answer.lang, view: answer.view, level: i === 0 ? first : rest, several }),
    ),
    ...moreCodes(answer.hits.slice(CARD_LIMITS.maxSections), answer.lang),
  ];
}

/** Plain text for clients that cannot render the card; a notification line, not the answer. */
const FALLBACK_TEXT_MAX = 1_000;

function build(answer: Answer): Record<string, unknown> {
  const card = (body: CardElement[]) =>
    adaptiveCard([...top(answer), ...body], {
      lang: answer.lang,
      fallbackText: shorten(answer.text, FALLBACK_TEXT_MAX),
    });
  switch (answer.kind) {
    case "suggestions":
      return card(suggestionsBody(answer));
    case "nothing":
      return card(nothingBody(answer));
    case "codes": {
      let built = card([]);
      for (const plan of PLANS) {
        built = card(codesBody(answer, plan));
        if (fitsInBytes(built, CARD_LIMITS.maxBytes)) break;
      }
      return built;
    }
  }
}

export function answerToAdaptiveCard(answer: Answer): Record<string, unknown> {
  return fitCard(build(boundAnswer(answer)), LABELS[answer.lang].cutToFit);
}
