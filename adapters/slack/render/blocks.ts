/**
 * Block Kit building blocks that cannot break a limit: every text is cut to its block's maximum.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
import type { AnswerAction } from "../../../src/index.ts";
import { encodeAction } from "../../shared/action-payload.ts";
import type { Fact } from "../../shared/reading-facts.ts";
import { LIMITS } from "./limits.ts";
import { cut, cutMrkdwn, escapeMrkdwn } from "./mrkdwn.ts";

export interface TextObject {
  type: "plain_text" | "mrkdwn";
  text: string;
  emoji?: boolean;
}

export interface Button {
  type: "button";
  text: TextObject;
  action_id: string;
  value: string;
  style?: "primary" | "danger";
}

export type Block =
  | { type: "header"; text: TextObject }
  | { type: "section"; text?: TextObject; fields?: TextObject[]; accessory?: Button }
  | { type: "context"; elements: TextObject[] }
  | { type: "actions"; elements: Button[] }
  | { type: "divider" };

/**
 * A block plus what the fitting pass may do with it: `optional` content is dropped, from the end,
 * when the message is over budget; the rest (header, buttons, context) always stays.
 */
export interface Part {
  block: Block;
  optional?: boolean;
}

/** Slack refuses an empty or blank text object (`invalid_blocks`); an empty field shows as "…". */
const nonBlank = (text: string) => (text.trim() === "" ? "…" : text);
const mrkdwn = (text: string): TextObject => ({ type: "mrkdwn", text: nonBlank(text) });
const plain = (text: string): TextObject => ({ type: "plain_text", text: nonBlank(text), emoji: true });

export const header = (text: string): Block => ({
  type: "header",
  text: plain(cut(text, LIMITS.headerText)),
});

/** `text` is mrkdwn, already escaped. */
export const section = (text: string, accessory?: Button): Block => ({
  type: "section",
  text: mrkdwn(cutMrkdwn(text, LIMITS.sectionText)),
  ...(accessory ? { accessory } : {}),
});

/** Label/value pairs as section fields, ten per section. */
export function factSections(facts: readonly Fact[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < facts.length; i += LIMITS.sectionFields) {
    blocks.push({
      type: "section",
      fields: facts
        .slice(i, i + LIMITS.sectionFields)
        .map((f) =>
          mrkdwn(cutMrkdwn(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMITS.fieldText)),
        ),
    });
  }
  return blocks;
}

/** `texts` are mrkdwn, already escaped. */
export const context = (...texts: string[]): Block => ({
  type: "context",
  elements: texts.slice(0, LIMITS.contextElements).map((t) => mrkdwn(cutMrkdwn(t, LIMITS.contextText))),
});

export const divider = (): Block => ({ type: "divider" });

/**
 * Hands out action_ids that are unique within one message ("errdesk.fixes.0", …): Slack refuses
 * a message with two equal ones, and Bolt routes every errdesk button on the "errdesk." prefix.
 */
export function createButtons() {
  let next = 0;
  return (label: string, action: AnswerAction, style?: Button["style"]): Button => ({
    type: "button",
    text: plain(cut(label, LIMITS.buttonText)),
    action_id: `${ACTION_PREFIX}${action.type}.${next++}`,
    value: encodeAction(action),
    ...(style ? { style } : {}),
  });
}

export type MakeButton = ReturnType<typeof createButtons>;

export const ACTION_PREFIX = "errdesk.";

/** Buttons in rows of at most 25. */
export function actionRows(buttons: readonly Button[]): Block[] {
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements)
    rows.push({ type: "actions", elements: buttons.slice(i, i + LIMITS.actionsElements) });
  return rows;
}
