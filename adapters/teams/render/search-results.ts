/**
 * Answer → messaging-extension results: one thumbnail preview per code or suggestion, each tap
 * carrying the action that composeExtension/selectItem turns into the full card.
 * @see https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search
 */
import type { Answer, AnswerAction } from "../../../src/index.ts";
import { encodeAction } from "../../shared/action-payload.ts";
import { describeCode } from "../../shared/reading-facts.ts";
import { CARD_DATA_KEY, type CardElement } from "./elements.ts";
import { openAction } from "./suggestions-body.ts";

export const THUMBNAIL_CARD = "application/vnd.microsoft.card.thumbnail";

/** Teams shows a line or two of preview text; the full answer comes with the selected card. */
const PREVIEW_TEXT_MAX = 160;

const clip = (text: string) =>
  text.length > PREVIEW_TEXT_MAX ? `${text.slice(0, PREVIEW_TEXT_MAX - 1)}…` : text;

function result(title: string, subtitle: string, text: string, action: AnswerAction): CardElement {
  const content = {
    title: clip(title),
    subtitle: clip(subtitle),
    text: clip(text),
    tap: { type: "invoke", value: { [CARD_DATA_KEY]: encodeAction(action) } },
  };
  return { contentType: THUMBNAIL_CARD, content, preview: { contentType: THUMBNAIL_CARD, content } };
}

export function answerToSearchResults(answer: Answer): CardElement[] {
  const lang = answer.lang;
  if (answer.kind === "codes") {
    return answer.hits.flatMap((hit) => {
      const top = hit.interpretations[0];
      if (!top) return [];
      return [
        result(
          describeCode(lang, top.family, top.display, top.names),
          hit.article?.title ?? "",
          hit.meaning,
          { type: "lookup", value: hit.value, family: top.family, lang },
        ),
      ];
    });
  }
  return answer.suggestions.flatMap((s) => {
    const action = openAction(s, lang);
    return action ? [result(s.title, s.displayCodes.join(", "), "", action)] : [];
  });
}
