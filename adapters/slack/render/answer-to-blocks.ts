/**
 * Answer → Block Kit. Pure: no Slack client, no I/O, so every card is tested as JSON (golden
 * files) and the web playground can show the same blocks.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://app.slack.com/block-kit-builder (paste `{ "blocks": … }` to preview)
 */
import type { Answer } from "../../../src/index.ts";
import { boundAnswer } from "../../shared/bound-answer.ts";
import { labelsFor } from "../../shared/labels.ts";
import { type Block, type Button, context, createButtons, type Part } from "./blocks.ts";
import { type CodeCardOptions, codeCard } from "./code-card.ts";
import { fitParts } from "./fit.ts";
import { LIMITS } from "./limits.ts";
import { codesList, nothingCard, suggestionsList } from "./list-cards.ts";
import { cut, escapeMrkdwn } from "./mrkdwn.ts";

export type RenderOptions = CodeCardOptions;

export interface SlackMessage {
  /** The notification and accessibility line. */
  text: string;
  blocks: Block[];
}

function answerParts(answer: Answer, options: RenderOptions): { parts: Part[]; more?: Button } {
  const button = createButtons();
  const [first] = answer.hits;
  switch (answer.kind) {
    case "codes":
      if (answer.hits.length === 1 && first) return codeCard(answer, first, button, options);
      if (answer.hits.length > 1) return { parts: codesList(answer, button) };
      return { parts: nothingCard(answer) };
    case "suggestions":
      return { parts: suggestionsList(answer, button) };
    case "nothing":
      return { parts: nothingCard(answer) };
  }
}

/** The blocks of an answer for a surface with room for `maxBlocks` (50 in messages, 100 in views). */
export function answerToParts(input: Answer, options: RenderOptions, maxBlocks: number): Block[] {
  const answer = boundAnswer(input);
  const l = labelsFor(answer.lang);
  const { parts, more } = answerParts(answer, options);
  const notice: Part[] = answer.notice ? [{ block: context(`*${escapeMrkdwn(answer.notice)}*`) }] : [];
  const truncated: Part[] = answer.truncated ? [{ block: context(escapeMrkdwn(l.truncated)) }] : [];
  return fitParts([...notice, ...parts, ...truncated], { maxBlocks, more, note: escapeMrkdwn(l.cutToFit) });
}

export function answerToBlocks(answer: Answer, options: RenderOptions = {}): SlackMessage {
  return {
    text: cut(answer.notice ? `${answer.notice} ${answer.text}` : answer.text, LIMITS.messageText),
    blocks: answerToParts(answer, options, LIMITS.messageBlocks),
  };
}
