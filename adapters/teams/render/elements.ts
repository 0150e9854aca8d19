/**
 * Small builders for Adaptive Card elements, so the renderers read as a card outline. Plain objects
 * only: the same JSON goes to Teams, to the golden files and to the playground's renderer.
 * @see https://adaptivecards.io/explorer/
 */
import type { AnswerAction } from "../../../src/index.ts";
import { encodeAction } from "../../shared/action-payload.ts";
import type { Fact } from "../../shared/reading-facts.ts";

export type CardElement = Record<string, unknown>;

/** The key under which an Action.Submit carries our action; Teams reserves `msteams` in the same object. */
export const CARD_DATA_KEY = "errdesk";

export const textBlock = (text: string, options: CardElement = {}): CardElement => ({
  type: "TextBlock",
  text,
  wrap: true,
  ...options,
});

export const container = (items: CardElement[], options: CardElement = {}): CardElement => ({
  type: "Container",
  items,
  ...options,
});

/** A container that starts hidden unless `visible`; a toggle button flips it. */
export const collapsible = (id: string, visible: boolean, items: CardElement[]): CardElement =>
  container(items, visible ? { id } : { id, isVisible: false });

export const factSet = (facts: readonly Fact[]): CardElement => ({
  type: "FactSet",
  facts: facts.map((f) => ({ title: f.label, value: f.value })),
});

export const actionSet = (actions: CardElement[], options: CardElement = {}): CardElement => ({
  type: "ActionSet",
  actions,
  ...options,
});

/** A button that sends the action back to the bot, which answers in place. */
export const submit = (title: string, action: AnswerAction): CardElement => ({
  type: "Action.Submit",
  title,
  data: { [CARD_DATA_KEY]: encodeAction(action) },
});

export const toggle = (title: string, targets: string[]): CardElement => ({
  type: "Action.ToggleVisibility",
  title,
  targetElements: targets,
});

export const heading = (text: string): CardElement =>
  textBlock(text, { weight: "Bolder", spacing: "Medium" });

export const subtle = (text: string, options: CardElement = {}): CardElement =>
  textBlock(text, { isSubtle: true, spacing: "Small", ...options });
