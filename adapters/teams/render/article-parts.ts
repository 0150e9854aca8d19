/**
 * The expandable parts of a code's section: causes and fixes, decode details, related codes. Each
 * renders "full" or "short" (texts cut, fewer command lines); a part that does not fit at all is
 * left to a button that asks the bot for it (see code-section.ts).
 */
import type { ArticleView, Hit, Interpretation, Language } from "../../../src/index.ts";
import { LABELS } from "../../shared/labels.ts";
import { CARD_LIMITS } from "./card-limits.ts";
import { actionSet, type CardElement, container, heading, submit, subtle, textBlock } from "./elements.ts";
import { articleMarkdown, escapeLiteral, shorten } from "./teams-markdown.ts";

export type PartDetail = "full" | "short";

type Fix = ArticleView["fixes"][number];

const prose = (text: string, detail: PartDetail, max: number = CARD_LIMITS.short.text) =>
  detail === "full" ? articleMarkdown(text) : shorten(articleMarkdown(text), max);

const RISK_COLOR: Record<Fix["risk"], string> = {
  none: "Good",
  low: "Default",
  medium: "Warning",
  high: "Attention",
};

export function causesItems(article: ArticleView, lang: Language, detail: PartDetail): CardElement[] {
  return [
    heading(LABELS[lang].causes),
    ...article.causes.map((c) =>
      textBlock(`**${articleMarkdown(c.title)}** ${prose(c.text, detail)}`, { spacing: "Small" }),
    ),
  ];
}

/** Commands as monospace lines in a shaded box, one TextBlock per line so Teams keeps the breaks. */
function commandBox(command: Fix["commands"][number], detail: PartDetail): CardElement {
  const lines = command.code.split("\n").filter((line) => line.trim() !== "");
  const shown = detail === "full" ? lines : lines.slice(0, CARD_LIMITS.short.commandLines);
  const items = shown.map((line) =>
    textBlock(escapeLiteral(line), { fontType: "Monospace", spacing: "None", size: "Small" }),
  );
  if (shown.length < lines.length) items.push(subtle("…", { spacing: "None" }));
  return container([subtle(command.shell, { size: "Small", spacing: "None" }), ...items], {
    style: "emphasis",
    spacing: "Small",
  });
}

function fixItems(fix: Fix, n: number, lang: Language, detail: PartDetail): CardElement[] {
  const l = LABELS[lang];
  return [
    textBlock(`${n}. **${articleMarkdown(fix.title)}**`, { spacing: "Medium" }),
    subtle(`${l.risk}: ${l.riskLevels[fix.risk]}.${fix.riskNote ? ` ${prose(fix.riskNote, detail)}` : ""}`, {
      color: RISK_COLOR[fix.risk],
    }),
    ...(fix.text ? [textBlock(prose(fix.text, detail), { spacing: "Small" })] : []),
    ...fix.commands.map((command) => commandBox(command, detail)),
  ];
}

export function fixesItems(article: ArticleView, lang: Language, detail: PartDetail): CardElement[] {
  return [
    heading(LABELS[lang].fixes),
    ...article.fixes.flatMap((fix, i) => fixItems(fix, i + 1, lang, detail)),
  ];
}

/** Where the names come from, every name, the article's details and its references. */
export function detailsItems(
  top: Interpretation | undefined,
  article: ArticleView | null,
  lang: Language,
  detail: PartDetail,
): CardElement[] {
  const l = LABELS[lang];
  const items: CardElement[] = [heading(l.decodeDetails)];
  if (top) {
    const names = top.names.length ? `: ${escapeLiteral(top.names.join(", "))}` : "";
    items.push(textBlock(`${l.nameFrom[top.nameSource]}${names}`, { spacing: "Small" }));
  }
  if (article?.details) items.push(textBlock(prose(article.details, detail, CARD_LIMITS.short.details)));
  if (article?.references.length) {
    items.push(heading(l.references));
    for (const r of article.references) {
      const title = escapeLiteral(r.title);
      items.push(textBlock(r.url ? `- [${title}](${r.url})` : `- ${title}`, { spacing: "None" }));
    }
  }
  return items;
}

export interface RelatedCode {
  value: string;
  display: string;
  family: Interpretation["family"] | null;
  names: string[];
  note?: string;
}

/** The article's related codes first, then what the decoded value wraps or equals, without repeats. */
export function relatedCodes(hit: Hit): RelatedCode[] {
  const top = hit.interpretations[0];
  const out: RelatedCode[] = [...(hit.article?.related ?? [])];
  for (const r of top?.related ?? []) {
    if (!out.some((o) => o.value === r.value && (o.family ?? r.family) === r.family)) out.push(r);
  }
  return out;
}

export const codeLabel = (r: { display: string; names: readonly string[] }) =>
  `${r.display}${r.names[0] ? ` ${r.names[0]}` : ""}`;

export function relatedItems(hit: Hit, lang: Language, detail: PartDetail): CardElement[] {
  const related = relatedCodes(hit);
  const items: CardElement[] = [heading(LABELS[lang].relatedErrors)];
  for (const r of related) {
    const note = r.note
      ? ` · ${escapeLiteral(detail === "full" ? r.note : shorten(r.note, CARD_LIMITS.short.text))}`
      : "";
    items.push(textBlock(`**${escapeLiteral(codeLabel(r))}**${note}`, { spacing: "Small" }));
  }
  const buttons = related.slice(0, CARD_LIMITS.maxActionsPerSet).map((r) =>
    submit(codeLabel(r), {
      type: "lookup",
      value: r.value,
      ...(r.family ? { family: r.family } : {}),
      lang,
    }),
  );
  if (buttons.length) items.push(actionSet(buttons));
  return items;
}
