/**
 * The last guard on a card's size. The renderers shorten what articles hold in practice; content
 * far past that (a 15,000-character name, an article with a thousand causes, a pasted log) could
 * still overflow, and Teams would refuse the message (413 MessageSizeTooBig). Every text is cut,
 * shorter each pass, until the card fits; if it still does not, the body keeps its first elements
 * that fit and says it was shortened. Only broken or hostile content ever gets past the first check.
 */
import { CARD_LIMITS, fitsInBytes } from "./card-limits.ts";
import { type CardElement, subtle } from "./elements.ts";
import { shorten } from "./teams-markdown.ts";

/** Keys that hold text a person reads; `data` (button payloads, validated and small) is left alone. */
const TEXT_KEYS = new Set(["text", "title", "value", "fallbackText", "subtitle"]);
const PASSES = [2_000, 600, 200, 80];

function clampTexts(node: unknown, max: number): unknown {
  if (Array.isArray(node)) return node.map((item) => clampTexts(item, max));
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "data") out[key] = value;
    else if (typeof value === "string" && TEXT_KEYS.has(key)) out[key] = shorten(value, max);
    else out[key] = clampTexts(value, max);
  }
  return out;
}

/** `card`, or a shortened copy of it that fits `maxBytes`; `note` says it was shortened. */
export function fitCard(
  card: CardElement,
  note: string,
  maxBytes: number = CARD_LIMITS.maxBytes,
): CardElement {
  if (fitsInBytes(card, maxBytes)) return card;
  let clamped = card;
  for (const max of PASSES) {
    clamped = clampTexts(card, max) as CardElement;
    if (fitsInBytes(clamped, maxBytes)) return clamped;
  }
  // Too many elements rather than too much text: the first ones that fit, then the note.
  const body = Array.isArray(clamped.body) ? (clamped.body as CardElement[]) : [];
  const noteBlock = subtle(note);
  const kept: CardElement[] = [];
  for (const element of body) {
    if (!fitsInBytes({ ...clamped, body: [...kept, element, noteBlock] }, maxBytes)) break;
    kept.push(element);
  }
  return { ...clamped, body: [...kept, noteBlock] };
}
