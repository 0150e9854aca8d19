/**
 * Text for Slack: escaping, the article Markdown → mrkdwn conversion and cutting at a limit.
 * @see https://docs.slack.dev/messaging/formatting-message-text
 */
import { LIMITS } from "./limits.ts";

const ELLIPSIS = "…";

/** Slack reads `&`, `<` and `>` as control characters in every text field. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** `code` in mrkdwn; backticks inside would end the span early. */
export function inlineCode(text: string): string {
  return `\`${escapeMrkdwn(text).replaceAll("`", "ˋ")}\``;
}

/** A fenced block; a fence inside the code would end it early. */
export function codeBlock(code: string): string {
  return `\`\`\`\n${escapeMrkdwn(code).replaceAll("```", "ˋˋˋ")}\n\`\`\``;
}

/**
 * A message shows at most this much text (LIMITS.textBudget), so more of an article is never
 * converted: a huge or hostile text costs no more than a full card.
 */
const MAX_MARKDOWN = 2 * LIMITS.textBudget;

/**
 * Article Markdown (CommonMark subset) → mrkdwn: hard-wrapped lines joined, `**b**` → `*b*`,
 * `[t](url)` → `<url|t>`, headings bold. Code spans and `_i_` mean the same in both. Spans are
 * bounded in length, so unclosed markers cost linear time, not quadratic.
 */
export function markdownToMrkdwn(markdown: string): string {
  // Fenced code stays as written; only the prose between fences is converted.
  return markdown
    .slice(0, MAX_MARKDOWN)
    .trim()
    .split(/^```[^\n]{0,100}\n([\s\S]{0,4000}?)^```[^\S\n]*$/m)
    .map((part, i) => (i % 2 === 1 ? codeBlock(part.replace(/\n$/, "")) : proseToMrkdwn(part)))
    .filter((part) => part !== "")
    .join("\n");
}

function proseToMrkdwn(markdown: string): string {
  const escaped = escapeMrkdwn(markdown.trim());
  const joined = escaped
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph.split("\n").reduce((out, line) => {
        const startsItem = /^\s*(?:[-*+•]|\d+[.)])\s/.test(line);
        if (out === "") return line.trim();
        return startsItem ? `${out}\n${line.trim()}` : `${out} ${line.trim()}`;
      }, ""),
    )
    .join("\n\n");
  return joined
    .replace(/^#{1,6}\s+(.+)$/gm, "*$1*")
    .replace(/\*\*([^\n]{1,500}?)\*\*/g, "*$1*")
    .replace(/__([^\n]{1,500}?)__/g, "*$1*")
    .replace(/\[([^\]\n]{1,500})\]\((https?:\/\/[^\s)]{1,2000})\)/g, "<$2|$1>")
    .replace(/^([^\S\n]*)[-*+]\s/gm, "$1• ");
}

/** Plain text cut to `max` UTF-16 units, ending in "…" when cut. Never splits a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** mrkdwn cut to `max`; an open code fence is closed so the rest of the card is not swallowed. */
export function cutMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  // An escape such as &amp; cut in half would show as text.
  const cutAt = (limit: number) => cut(text, limit).replace(/\s*&[a-z]{0,3}…$/, "…");
  const cutText = cutAt(max);
  const fence = "\n```";
  return cutText.split("```").length % 2 === 0 ? `${cutAt(max - fence.length)}${fence}` : cutText;
}

/** Lines packed into as few chunks of at most `max` characters as possible (for several sections). */
export function packLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const piece = line.length > max ? cutMrkdwn(line, max) : line;
    if (current && current.length + 1 + piece.length > max) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}
