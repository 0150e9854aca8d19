/**
 * What a Teams card may hold, and how much of an answer we put in one.
 * @see https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference
 */
export const CARD_LIMITS = {
  /** Teams renders Adaptive Cards up to schema 1.5 on desktop, web and mobile. */
  version: "1.5",
  /** 28 KB is the smallest limit a card meets in Teams (webhooks, Workflows); bot messages allow more. */
  maxBytes: 28 * 1024,
  /** One section per code; more than five stops being readable in a chat pane. */
  maxSections: 5,
  /** The adaptivecards renderer's default host config shows at most 5 actions per set. */
  maxActionsPerSet: 5,
  maxOtherReadings: 4,
  maxTopCauses: 3,
  maxSuggestions: 5,
  /** When a card must shrink: how long a text, and how many command lines, stay. */
  short: { text: 240, commandLines: 3, details: 400 },
} as const;

/** Byte size of the card as sent (UTF-8 JSON); TextEncoder works in Node and in the browser. */
export function cardBytes(card: unknown): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}

/**
 * Whether the card is at most `max` bytes, encoding only when the answer is not plain from its
 * length: UTF-8 takes at least one and at most three bytes per UTF-16 unit.
 */
export function fitsInBytes(card: unknown, max: number): boolean {
  const json = JSON.stringify(card);
  if (json.length > max) return false;
  if (json.length * 3 <= max) return true;
  return new TextEncoder().encode(json).length <= max;
}
