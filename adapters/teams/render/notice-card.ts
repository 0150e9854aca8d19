import type { Language } from "../../../src/index.ts";
import { adaptiveCard } from "./card.ts";
import type { CardElement } from "./elements.ts";
import { escapeLiteral } from "./teams-markdown.ts";

/** One sentence from errdesk itself (the rate-limit notice), as a small card. */
export function noticeCard(text: string, lang: Language): CardElement {
  return adaptiveCard([{ type: "TextBlock", text: escapeLiteral(text), wrap: true }], {
    lang,
    fallbackText: text,
  });
}
