/**
 * Checks a rendered message or view against LIMITS and says what is wrong. Tests run it over
 * every card; the wiring runs it before sending, so a renderer bug becomes a logged error and a
 * plain-text reply instead of Slack's `invalid_blocks`.
 */
import type { Block } from "./blocks.ts";
import { blockTextLength, interactiveCount } from "./fit.ts";
import { LIMITS } from "./limits.ts";

export function blockKitProblems(
  blocks: readonly Block[],
  maxBlocks: number = LIMITS.messageBlocks,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const over = (where: string, what: string, length: number, max: number) => {
    if (length > max) problems.push(`${where}: ${what} has ${length} characters (limit ${max})`);
  };
  const blank = (where: string, what: string, text: string) => {
    if (text.trim() === "") problems.push(`${where}: empty ${what}`);
  };
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (limit ${maxBlocks})`);
  let text = 0;
  let interactive = 0;
  blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type})`;
    text += blockTextLength(block);
    interactive += interactiveCount(block);
    switch (block.type) {
      case "header":
        over(where, "header text", block.text.text.length, LIMITS.headerText);
        blank(where, "header text", block.text.text);
        if (block.text.type !== "plain_text") problems.push(`${where}: header text must be plain_text`);
        break;
      case "section": {
        if (!block.text && !block.fields?.length) problems.push(`${where}: section needs text or fields`);
        if (block.text) over(where, "text", block.text.text.length, LIMITS.sectionText);
        if (block.text?.text.trim() === "") problems.push(`${where}: empty text`);
        if ((block.fields?.length ?? 0) > LIMITS.sectionFields)
          problems.push(`${where}: ${block.fields?.length} fields (limit ${LIMITS.sectionFields})`);
        for (const f of block.fields ?? []) {
          over(where, "field", f.text.length, LIMITS.fieldText);
          blank(where, "field", f.text);
        }
        break;
      }
      case "context":
        if (block.elements.length === 0 || block.elements.length > LIMITS.contextElements)
          problems.push(`${where}: ${block.elements.length} elements (1 to ${LIMITS.contextElements})`);
        for (const e of block.elements) {
          over(where, "element", e.text.length, LIMITS.contextText);
          blank(where, "element", e.text);
        }
        break;
      case "actions":
        if (block.elements.length === 0 || block.elements.length > LIMITS.actionsElements)
          problems.push(`${where}: ${block.elements.length} elements (1 to ${LIMITS.actionsElements})`);
        break;
      case "divider":
        break;
    }
    const buttons =
      block.type === "actions"
        ? block.elements
        : block.type === "section" && block.accessory
          ? [block.accessory]
          : [];
    for (const b of buttons) {
      over(where, `button "${b.text.text}" label`, b.text.text.length, LIMITS.buttonText);
      blank(where, "button label", b.text.text);
      over(where, `button "${b.text.text}" value`, b.value.length, LIMITS.buttonValue);
      over(where, "action_id", b.action_id.length, LIMITS.id);
      if (b.text.type !== "plain_text") problems.push(`${where}: button text must be plain_text`);
      if (ids.has(b.action_id)) problems.push(`${where}: action_id ${b.action_id} is used twice`);
      ids.add(b.action_id);
    }
  });
  if (text > LIMITS.textBudget) problems.push(`${text} characters of text (budget ${LIMITS.textBudget})`);
  if (interactive > LIMITS.messageActions)
    problems.push(`${interactive} interactive elements (limit ${LIMITS.messageActions})`);
  return problems;
}
