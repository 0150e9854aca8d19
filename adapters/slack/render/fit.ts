/**
 * Makes a card fit Slack's per-message limits (block count, interactive elements, total text) by
 * dropping optional content from the end, and leaves "…" plus the button that shows the rest where
 * it cut. Per-block limits are already kept by the builders in blocks.ts.
 */
import type { Block, Button, Part } from "./blocks.ts";
import { LIMITS } from "./limits.ts";

export interface FitOptions {
  maxBlocks: number;
  /** Shown with the "…" where content was cut. */
  more?: Button | undefined;
  /** Says why it was cut ("Shortened to fit the card."); mrkdwn, escaped. */
  note?: string;
}

/** Every visible character of a block: what Slack counts against `msg_blocks_too_long`. */
export function blockTextLength(block: Block): number {
  switch (block.type) {
    case "header":
      return block.text.text.length;
    case "section":
      return (
        (block.text?.text.length ?? 0) +
        (block.fields ?? []).reduce((n, f) => n + f.text.length, 0) +
        (block.accessory?.text.text.length ?? 0)
      );
    case "context":
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case "actions":
      return block.elements.reduce((n, e) => n + e.text.text.length, 0);
    case "divider":
      return 0;
  }
}

export function interactiveCount(block: Block): number {
  if (block.type === "actions") return block.elements.length;
  return block.type === "section" && block.accessory ? 1 : 0;
}

const sum = (blocks: readonly Block[], f: (b: Block) => number) => blocks.reduce((n, b) => n + f(b), 0);

function fits(blocks: readonly Block[], maxBlocks: number): boolean {
  return (
    blocks.length <= maxBlocks &&
    sum(blocks, blockTextLength) <= LIMITS.textBudget &&
    sum(blocks, interactiveCount) <= LIMITS.messageActions
  );
}

export function fitParts(parts: readonly Part[], options: FitOptions): Block[] {
  const all = parts.map((p) => p.block);
  if (fits(all, options.maxBlocks)) return all;

  const marker: Block = {
    type: "section",
    text: { type: "mrkdwn", text: options.note ? `… _${options.note}_` : "…" },
    ...(options.more ? { accessory: options.more } : {}),
  };
  const kept = [...parts];
  let cutAt = kept.length;
  const current = () => {
    const blocks = kept.map((p) => p.block);
    blocks.splice(Math.min(cutAt, blocks.length), 0, marker);
    return blocks;
  };
  // Optional content goes first, last part first; a card with none left loses its last blocks.
  while (!fits(current(), options.maxBlocks)) {
    let index = kept.findLastIndex((p) => p.optional);
    if (index < 0) index = kept.findLastIndex((p) => p.block.type !== "header" && p.block.type !== "actions");
    if (index < 0) break;
    kept.splice(index, 1);
    cutAt = Math.min(cutAt, index);
  }
  return current().slice(0, options.maxBlocks);
}
