import type { Language } from "../../../src/index.ts";
import { CARD_LIMITS } from "./card-limits.ts";
import type { CardElement } from "./elements.ts";

/**
 * The card envelope: schema 1.5, full width in Teams, plain-text fallback for clients that cannot
 * render it. No `lang`: adaptivecards 3.0.6 validates it with a stateful regex that rejects every
 * other card, and Teams does not use it.
 */
export function adaptiveCard(
  body: CardElement[],
  options: { lang: Language; fallbackText: string },
): CardElement {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_LIMITS.version,
    fallbackText: options.fallbackText,
    msteams: { width: "Full" },
    body,
  };
}
