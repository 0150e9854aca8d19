/**
 * The cards that list things: several codes in one message, symptom suggestions, and nothing found.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
import type { Answer, Language } from "../../../src/index.ts";
import { EXAMPLES, labelsFor } from "../../shared/labels.ts";
import { context, type MakeButton, type Part, section } from "./blocks.ts";
import { hitTitle } from "./code-card.ts";
import { escapeMrkdwn, inlineCode } from "./mrkdwn.ts";

/** Codes shown one section each; the rest are counted. */
export const MAX_LISTED_CODES = 5;
export const MAX_SUGGESTIONS = 3;
/** Codes past the first five are named (up to this many) so they can be asked about one by one. */
const MAX_NAMED_REST = 10;

/** One compact section per code, each with a button that opens its own card in place. */
export function codesList(answer: Answer, button: MakeButton): Part[] {
  const l = labelsFor(answer.lang);
  const parts: Part[] = answer.hits.slice(0, MAX_LISTED_CODES).map((hit) => {
    const top = hit.interpretations[0];
    const title = `*${escapeMrkdwn(hitTitle(hit, answer.lang))}*`;
    const more = button(l.more, {
      type: "compact",
      value: top?.value ?? hit.value,
      ...(top ? { family: top.family } : {}),
      lang: answer.lang,
    });
    return { block: section(`${title}\n${escapeMrkdwn(hit.meaning)}`, more) };
  });
  const rest = answer.hits.slice(MAX_LISTED_CODES);
  if (rest.length > 0) {
    const named = rest
      .slice(0, MAX_NAMED_REST)
      .map((h) => inlineCode(h.interpretations[0]?.display ?? h.value));
    parts.push({
      block: context(
        `${escapeMrkdwn(l.andMore(rest.length))}: ${named.join(", ")}${rest.length > MAX_NAMED_REST ? ", …" : ""}`,
      ),
    });
  }
  return parts;
}

/** The best few articles for a description, each with an Open button. */
export function suggestionsList(answer: Answer, button: MakeButton): Part[] {
  const l = labelsFor(answer.lang);
  const parts: Part[] = [{ block: section(`*${escapeMrkdwn(l.suggestionsTitle)}*`) }];
  for (const s of answer.suggestions.slice(0, MAX_SUGGESTIONS)) {
    const [code] = s.codes;
    const open = s.articleId
      ? button(l.open, { type: "open", articleId: s.articleId, lang: answer.lang })
      : code
        ? button(l.open, { type: "lookup", value: code, lang: answer.lang })
        : undefined;
    const codes = s.displayCodes.map(inlineCode).join(", ");
    parts.push({ block: section(`*${escapeMrkdwn(s.title)}*${codes ? `\n${codes}` : ""}`, open) });
  }
  return parts;
}

/** Nothing found: say so, and show what works. */
export function nothingCard(answer: Answer): Part[] {
  return [{ block: section(escapeMrkdwn(answer.text)) }, { block: examplesBlock(answer.lang) }];
}

export function examplesBlock(lang: Language) {
  const l = labelsFor(lang);
  return context(`${escapeMrkdwn(l.examples)}: ${EXAMPLES[lang].map(inlineCode).join(" · ")}`);
}
