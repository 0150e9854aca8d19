/**
 * Parses a card with the official adaptivecards library, as Teams-like hosts do, and lists every
 * parse or validation event. `import "adaptivecards"` fails on Node (extensionless ESM in lib/), so
 * the UMD bundle is loaded; parsing and validation need no DOM.
 */
import { createRequire } from "node:module";

type AdaptiveCards = typeof import("adaptivecards");

const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as AdaptiveCards;

export function cardProblems(json: object): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i));
  return events
    .concat(card.validateProperties().validationEvents)
    .map((e) => `${AC.ValidationEvent[e.event]}: ${e.message}`);
}
