/**
 * Text for TextBlocks and facts, which Teams reads as a small Markdown subset (bold, italic, lists,
 * links; no code spans, no HTML). Literal text (codes, symbolic names, commands) is escaped so that
 * `\\server\share` keeps both backslashes and `_ldap._tcp` keeps its underscores; the articles' own
 * emphasis is kept.
 * @see https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format
 * @see https://github.com/microsoft/AdaptiveCards/issues/4677 (backslashes in Teams TextBlocks)
 */

const LITERAL_SPECIALS = /[\\`*_[\]<>~]/g;

/** Literal text: every character Teams' Markdown could act on is backslash-escaped. */
export function escapeLiteral(text: string): string {
  return text.replace(LITERAL_SPECIALS, "\\$&").replace(/^([^\S\n]*)([-+#]|\d+\.)(\s)/gm, "$1\\$2$3");
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+\.)\s/;
const MAX_ARTICLE_TEXT = 32 * 1024;

/**
 * Article prose (the Markdown body: causes, fixes, details): hard-wrapped lines joined (a lone
 * newline would show as a line break in Teams), paragraphs and list items kept.
 */
export function articleMarkdown(text: string): string {
  // A card holds 28 KB at most: more of an article is never shown, so it is never converted.
  const paragraphs = text
    .slice(0, MAX_ARTICLE_TEXT)
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trim())
        .reduce((out, line) => {
          if (!out) return line;
          return LIST_ITEM.test(line) ? `${out}\n${line}` : `${out} ${line}`;
        }, ""),
    );
  return paragraphs.map(escapeOutsideEmphasis).join("\n\n");
}

/**
 * Code spans become escaped plain text: Teams has no inline code, and a CommonMark renderer would
 * show escapes inside backticks literally. Stray backslashes and angle brackets are escaped;
 * `**bold**`, `_italic_` and links stay.
 */
function escapeOutsideEmphasis(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? escapeLiteral(part.slice(1, -1)) : part.replace(/[\\<>]/g, "\\$&")))
    .join("");
}

/** Shortens to at most `max` characters on a word boundary, never inside an escape. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  if (space > max * 0.6) cut = cut.slice(0, space);
  // A trailing lone backslash would escape the ellipsis.
  cut = cut.replace(/\\+$/, (m) => (m.length % 2 ? m.slice(1) : m));
  return `${cut.trimEnd()}…`;
}
